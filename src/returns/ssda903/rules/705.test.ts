import { describe, expect, it } from 'vitest';
import { rule705 } from './705.ts';
import { data2026, doloRow } from './helpers-dolo.ts';

describe('705', () => {
  it('flags a DoLO that follows an open one, or starts before the one before it', () => {
    const rows = [
      doloRow('a', '01/04/2026', '30/04/2026'),
      doloRow('a', '01/05/2026', ''), // after the first ended; still open
      doloRow('b', '01/06/2026', '30/06/2026'),
      doloRow('a', '01/06/2026', '30/06/2026'), // a's previous DoLO is open: fails
      doloRow('b', '01/05/2026', '15/05/2026'), // starts before b's previous one started: fails
      doloRow('c', '01/04/2026', '01/07/2026'),
      doloRow('c', '01/07/2026', ''), // renewed the day the first ended, and open
      doloRow('d', '01/09/2026', ''),
      doloRow('d', '01/04/2026', '31/05/2026'), // after an open one: fails
      doloRow('e', '01/04/2026', '30/04/2026'),
      doloRow('e', '', ''), // no start: takes no part
      doloRow('e', '01/05/2026', ''),
      doloRow('f', '01/05/2026', '31/04/2026'), // an end date that is not a date is still given
      doloRow('f', '01/06/2026', ''),
      doloRow('g', '31/04/2026', ''), // not a date (rule 700), but given: g's next DoLO follows an open one
      doloRow('g', '01/06/2026', '30/06/2026'),
    ];
    expect(rule705.validate(data2026({ DoLo: rows }))).toEqual({ DoLo: [3, 4, 8, 15] });
  });

  it('passes one DoLO a child, open or not', () => {
    const rows = [doloRow('a', '01/04/2026', ''), doloRow('b', '01/04/2026', '31/03/2027')];
    expect(rule705.validate(data2026({ DoLo: rows }))).toEqual({});
  });
});
