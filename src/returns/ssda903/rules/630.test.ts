import { describe, expect, it } from 'vitest';
import { rule630 } from './630.ts';
import { dataC } from './helpers-c.ts';

describe('630', () => {
  it('flags children starting care in the year without previous permanence details', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', RNE: 'S' }, // not in PrevPerm
      { CHILD: 'b', DECOM: '01/04/2025', RNE: 'S' }, // Z1 alone is enough
      { CHILD: 'c', DECOM: '31/03/2025', RNE: 'S' }, // before the year
      { CHILD: 'd', DECOM: '01/05/2025', RNE: 'P' },
      { CHILD: 'e', DECOM: '01/05/2025', RNE: 'S' }, // P1 without LA_PERM
      { CHILD: 'f', DECOM: '01/05/2025', RNE: 'S' }, // PREV_PERM blank
      { CHILD: 'g', DECOM: '01/05/2025', RNE: 'S' }, // complete
    ];
    const prev = [
      { CHILD: 'b', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
      { CHILD: 'e', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '01/05/2000' },
      { CHILD: 'f', PREV_PERM: '', LA_PERM: '', DATE_PERM: '' },
      { CHILD: 'g', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '01/05/2000' },
    ];
    expect(rule630.validate(dataC({ Episodes: episodes, PrevPerm: prev }))).toEqual({ Episodes: [0, 4, 5] });
    expect(rule630.validate(dataC({ Episodes: [episodes[1]!, episodes[6]!], PrevPerm: prev }))).toEqual({});
  });
});
