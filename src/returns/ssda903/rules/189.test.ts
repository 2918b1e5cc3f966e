import { describe, expect, it } from 'vitest';
import { rule189 } from './189.ts';
import { testData } from './helpers-a.ts';

describe('189', () => {
  it('fails SDQ data for a child 17 or over at the collection start', () => {
    const oc2 = [
      { CHILD: 'a', DOB: '01/04/2008', SDQ_SCORE: '10', SDQ_REASON: '' }, // 17 on the start
      { CHILD: 'b', DOB: '02/04/2008', SDQ_SCORE: '10', SDQ_REASON: '' }, // 16 on the start
      { CHILD: 'c', DOB: '01/01/2008', SDQ_SCORE: '', SDQ_REASON: '' },
    ];
    expect(rule189.validate(testData({ OC2: oc2 }))).toEqual({ OC2: [0] });
  });
});
