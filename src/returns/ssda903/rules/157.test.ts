import { describe, expect, it } from 'vitest';
import { rule157 } from './157.ts';
import { testData } from './helpers-a.ts';

// Continuously looked after: in care all year, no episode starting (RNE S) or ending (not X1) in it.
const cla = (CHILD: string) => ({ CHILD, DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' });

describe('157', () => {
  it('fails SDQ1 for a continuously looked after child aged 4 to 16', () => {
    const episodes = [cla('a'), cla('b'), cla('c'), { ...cla('d'), DECOM: '02/04/2025' }, cla('e')];
    const oc2 = [
      { CHILD: 'a', DOB: '01/04/2021', SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }, // 4 on the collection start
      { CHILD: 'b', DOB: '02/04/2021', SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }, // 4 the day after
      { CHILD: 'c', DOB: '31/03/2010', SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }, // 16 on the collection end
      { CHILD: 'd', DOB: '01/04/2015', SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }, // entered care in the year
      { CHILD: 'e', DOB: '01/04/2015', SDQ_SCORE: '', SDQ_REASON: 'SDQ2' },
    ];
    expect(rule157.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [0, 2] });
  });
});
