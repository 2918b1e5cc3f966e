import { describe, expect, it } from 'vitest';
import { rule503A } from './503A.ts';
import { dataB } from './helpers-b.ts';

describe('503A', () => {
  it('fails a first episode whose RNE differs from last year’s open episode', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', RNE: 'X' },
      { CHILD: 'a', DECOM: '05/06/2025', RNE: 'Y' },
      { CHILD: 'b', DECOM: '01/04/2025', RNE: 'X' },
      { CHILD: 'c', DECOM: '01/04/2025', RNE: 'X' },
      { CHILD: 'd', DECOM: '01/04/2025', RNE: '' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024', DEC: '', RNE: 'Z' },
      { CHILD: 'b', DECOM: '01/06/2023', DEC: '', RNE: 'Z' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', RNE: 'X' },
      { CHILD: 'c', DECOM: '01/06/2024', DEC: '31/03/2025', RNE: 'Z' },
      { CHILD: 'd', DECOM: '01/06/2024', DEC: '', RNE: '' },
    ];
    expect(rule503A.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0] });
    expect(rule503A.validate(dataB({ Episodes: Episodes.slice(2) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const run = (c: string) =>
      rule503A.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '', RNE: 'P' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '', RNE: 'L' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
