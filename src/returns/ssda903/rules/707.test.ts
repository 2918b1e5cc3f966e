import { describe, expect, it } from 'vitest';
import { rule707 } from './707.ts';
import { data2026, doloRow } from './helpers-dolo.ts';

describe('707', () => {
  it('flags a DoLO that fits none of the child’s periods of care', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/04/2026', DEC: '01/06/2026' },
      { CHILD: 'a', DECOM: '01/06/2026', DEC: '01/08/2026' }, // the same period, ended 1 August
      { CHILD: 'b', DECOM: '01/04/2026', DEC: '' },
      { CHILD: 'c', DECOM: '01/04/2026', DEC: '01/05/2026' },
      { CHILD: 'c', DECOM: '01/07/2026', DEC: '' }, // a second, open period
      { CHILD: 'd', DECOM: '10/05/2026', DEC: '' },
    ];
    const rows = [
      doloRow('a', '01/07/2026', ''), // open after care ended
      doloRow('a', '01/07/2026', '01/08/2026'), // ends the day care ended
      doloRow('a', '01/07/2026', '02/08/2026'), // ends after care ended
      doloRow('b', '01/05/2026', ''), // open in open care
      doloRow('c', '01/08/2026', ''), // open in the open second period
      doloRow('c', '15/04/2026', ''), // open from the first, ended, period
      doloRow('d', '01/05/2026', ''), // open, started before care did
      doloRow('z', '01/05/2026', ''), // no episodes: not checked
      doloRow('a', '', ''), // no start: not checked
      doloRow('a', '01/07/2026', '31/09/2026'), // an end that is not a date counts as none
      doloRow('b', '01/03/2026', '31/03/2026'), // ended before care began
    ];
    expect(rule707.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({
      DoLo: [0, 2, 5, 6, 9, 10],
    });
  });

  it('passes DoLOs within care, up to its last day', () => {
    const episodes = [{ CHILD: 'a', DECOM: '29/02/2024', DEC: '31/03/2027' }];
    const rows = [doloRow('a', '29/02/2024', '31/03/2027'), doloRow('a', '01/04/2026', '01/04/2026')];
    expect(rule707.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({});
  });
});
