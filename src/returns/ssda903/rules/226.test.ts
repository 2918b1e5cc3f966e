import { describe, expect, it } from 'vitest';
import { rule226 } from './226.ts';
import { testData } from './helpers-a.ts';

describe('226', () => {
  it('fails a temporary placement with a reason, or after an episode with one', () => {
    const rows = [
      { CHILD: 'a', DECOM: '01/05/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: 'a', DECOM: '11/05/2025', PLACE: 'T1', REASON_PLACE_CHANGE: '' }, // previous had one
      { CHILD: 'b', DECOM: '22/05/2025', PLACE: 'T1', REASON_PLACE_CHANGE: 'OTHER' },
      { CHILD: 'b', DECOM: '11/05/2025', PLACE: 'U1', REASON_PLACE_CHANGE: '' },
      { CHILD: 'c', DECOM: '01/05/2025', PLACE: 'T4', REASON_PLACE_CHANGE: '' },
    ];
    expect(rule226.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [1, 2] });
  });
});

describe('226, episodes without a child id', () => {
  it('gives an episode whose CHILD is blank no previous episode', () => {
    // Reference lac2025_26/rule_226.py takes the previous reason with groupby('CHILD').shift, which leaves
    // out rows with a blank (NaN) CHILD.
    const Episodes = [
      { CHILD: '', DECOM: '01/06/2025', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: '', DECOM: '05/06/2025', PLACE: 'T1', REASON_PLACE_CHANGE: '' },
    ];
    expect(rule226.validate(testData({ Episodes }))).toEqual({});
  });
});
