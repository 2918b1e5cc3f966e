import { describe, expect, it } from 'vitest';
import { rule199 } from './199.ts';
import { testData } from './helpers-a.ts';

describe('199', () => {
  it('fails episodes after an adoption, including one recorded last year', () => {
    const current = [
      { CHILD: 'a', DECOM: '01/05/2025', REC: 'E8' }, // after last year's adoption
      { CHILD: 'b', DECOM: '01/05/2025', REC: 'X1' },
      { CHILD: 'b', DECOM: '02/05/2025', REC: 'E11' }, // first adoption: passes
      { CHILD: 'b', DECOM: '01/06/2025', REC: '' }, // after it
      { CHILD: 'c', DECOM: '01/06/2025', REC: 'E12' },
    ];
    const last = [{ CHILD: 'a', DECOM: '01/05/2024', REC: 'E12' }];
    expect(rule199.validate(testData({ Episodes: current }, { Episodes: last }))).toEqual({
      Episodes: [0, 3],
    });
    expect(rule199.validate(testData({ Episodes: current }))).toEqual({ Episodes: [3] });
  });

  // Reference rule_199.py (lac2022_23): episodes.groupby("CHILD")["is_ad"].cumsum() gives no count for a
  // blank CHILD, so episodes without a CHILD are never flagged.
  it('does not flag episodes with a blank CHILD, as the validator’s grouping drops them', () => {
    const Episodes = [
      { CHILD: '', DECOM: '01/04/2025', DEC: '01/05/2025', REC: 'E11' },
      { CHILD: '', DECOM: '01/06/2025', DEC: '', REC: '' },
    ];
    expect(rule199.validate(testData({ Episodes }))).toEqual({});
  });
});
