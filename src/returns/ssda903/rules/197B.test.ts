import { describe, expect, it } from 'vitest';
import { rule197B } from './197B.ts';
import { testData } from './helpers-a.ts';

const cla = (CHILD: string) => ({ CHILD, DECOM: '01/01/2020', DEC: '', RNE: 'S', REC: '', LS: 'C2' });

describe('197B', () => {
  it('fails a child turning 4 or 17 in the year with no SDQ score or reason', () => {
    const episodes = ['a', 'b', 'c', 'd', 'e', 'f'].map(cla);
    const oc2 = [
      { CHILD: 'a', DOB: '01/04/2021', SDQ_SCORE: '', SDQ_REASON: '' }, // 4 on the start
      { CHILD: 'b', DOB: '31/03/2009', SDQ_SCORE: '', SDQ_REASON: '' }, // 17 on the end
      { CHILD: 'c', DOB: '29/02/2008', SDQ_SCORE: '', SDQ_REASON: '' }, // 17 on 28/02/2025: before
      { CHILD: 'd', DOB: '01/06/2021', SDQ_SCORE: '', SDQ_REASON: 'SDQ2' },
      { CHILD: 'e', DOB: '01/06/2015', SDQ_SCORE: '', SDQ_REASON: '' },
      { CHILD: 'f', DOB: '01/04/2008', SDQ_SCORE: '', SDQ_REASON: '' }, // 17 on the start: rule 189
    ];
    expect(rule197B.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [0, 1] });
  });
});
