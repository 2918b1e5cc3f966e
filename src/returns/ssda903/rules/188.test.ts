import { describe, expect, it } from 'vitest';
import { rule188 } from './188.ts';
import { testData } from './helpers-a.ts';

describe('188', () => {
  it('fails SDQ data for a child under 4 at the collection end', () => {
    const oc2 = [
      { CHILD: 'a', DOB: '31/03/2022', SDQ_SCORE: '10', SDQ_REASON: '' }, // 4 on the end
      { CHILD: 'b', DOB: '01/04/2022', SDQ_SCORE: '', SDQ_REASON: 'SDQ1' }, // 3
      { CHILD: 'c', DOB: '01/04/2022', SDQ_SCORE: '', SDQ_REASON: '' },
      { CHILD: 'd', DOB: '29/02/2024', SDQ_SCORE: '5', SDQ_REASON: '' },
    ];
    expect(rule188.validate(testData({ OC2: oc2 }))).toEqual({ OC2: [1, 3] });
  });
});
