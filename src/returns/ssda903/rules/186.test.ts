import { describe, expect, it } from 'vitest';
import { rule186 } from './186.ts';
import { testData } from './helpers-a.ts';

const cla = (CHILD: string) => ({ CHILD, DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' });

describe('186', () => {
  it('fails a continuously looked after child aged 4 to 16 with neither an SDQ score nor a reason', () => {
    const episodes = ['a', 'b', 'c', 'd', 'e'].map(cla);
    const oc2 = [
      { CHILD: 'a', DOB: '01/04/2021', SDQ_SCORE: '', SDQ_REASON: '' }, // 4 on the start
      { CHILD: 'b', DOB: '31/03/2009', SDQ_SCORE: '', SDQ_REASON: '' }, // 17 on the end: passes
      { CHILD: 'c', DOB: '01/04/2009', SDQ_SCORE: '10', SDQ_REASON: '' }, // a score: passes
      { CHILD: 'd', DOB: '02/04/2021', SDQ_SCORE: '', SDQ_REASON: '' }, // under 4 at the start
      { CHILD: 'e', DOB: '01/04/2009', SDQ_SCORE: '', SDQ_REASON: 'SDQ5' }, // a reason: passes
    ];
    expect(rule186.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [0] });
  });
});
