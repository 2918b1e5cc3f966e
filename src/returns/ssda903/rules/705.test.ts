import { describe, expect, it } from 'vitest';
import { rule705 } from './705.ts';
import { data2026 } from './helpers-dolo.ts';

const dolo = (CHILD: string, DOLO_START: string, DOLO_END: string) => ({ CHILD, DOLO_START, DOLO_END });

describe('705', () => {
  it('flags a DoLO that follows an open one, or starts before the one before it', () => {
    const rows = [
      dolo('a', '01/04/2026', '30/04/2026'),
      dolo('a', '01/05/2026', ''), // after the first ended; still open
      dolo('b', '01/06/2026', '30/06/2026'),
      dolo('a', '01/06/2026', '30/06/2026'), // a's previous DoLO is open: fails
      dolo('b', '01/05/2026', '15/05/2026'), // starts before b's previous one started: fails
      dolo('c', '01/04/2026', '01/07/2026'),
      dolo('c', '01/07/2026', ''), // renewed the day the first ended, and open
      dolo('d', '01/09/2026', ''),
      dolo('d', '01/04/2026', '31/05/2026'), // after an open one: fails
      dolo('e', '01/04/2026', '30/04/2026'),
      dolo('e', '', ''), // no start: takes no part
      dolo('e', '01/05/2026', ''),
      dolo('f', '01/05/2026', '31/04/2026'), // an end date that is not a date is still given
      dolo('f', '01/06/2026', ''),
      dolo('g', '31/04/2026', ''), // not a date (rule 700), but given: g's next DoLO follows an open one
      dolo('g', '01/06/2026', '30/06/2026'),
    ];
    expect(rule705.validate(data2026({ DoLo: rows }))).toEqual({ DoLo: [3, 4, 8, 15] });
  });

  it('passes one DoLO a child, open or not', () => {
    const rows = [dolo('a', '01/04/2026', ''), dolo('b', '01/04/2026', '31/03/2027')];
    expect(rule705.validate(data2026({ DoLo: rows }))).toEqual({});
  });
});
