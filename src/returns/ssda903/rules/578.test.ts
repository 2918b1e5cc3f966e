import { describe, expect, it } from 'vitest';
import { rule578 } from './578.ts';
import { dataC } from './helpers-c.ts';

describe('578', () => {
  it('flags a start outside every period of care', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', DEC: '01/06/2025' },
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '01/08/2025' },
      { CHILD: 'a', DECOM: '01/10/2025', DEC: '' },
    ];
    const missing = [
      { CHILD: 'a', MIS_START: '01/08/2025' }, // last day of care
      { CHILD: 'a', MIS_START: '02/08/2025' }, // between periods
      { CHILD: 'a', MIS_START: '31/03/2025' }, // before care
      { CHILD: 'a', MIS_START: '31/03/2026' }, // in the open period
      { CHILD: 'z', MIS_START: '31/03/2026' }, // no episodes
      { CHILD: 'a', MIS_START: '' },
    ];
    expect(rule578.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Missing: [1, 2] });
    expect(rule578.validate(dataC({ Episodes: episodes, Missing: [missing[0]!] }))).toEqual({});
  });
});
