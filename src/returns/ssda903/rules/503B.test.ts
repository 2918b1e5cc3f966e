import { describe, expect, it } from 'vitest';
import { rule503B } from './503B.ts';
import { dataB } from './helpers-b.ts';

describe('503B', () => {
  it('fails a first episode whose LS differs from last year’s open episode', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', LS: 'X' },
      { CHILD: 'a', DECOM: '05/06/2025', LS: 'Y' },
      { CHILD: 'b', DECOM: '01/04/2025', LS: 'X' },
      { CHILD: 'c', DECOM: '01/04/2025', LS: 'X' },
      { CHILD: 'd', DECOM: '01/04/2025', LS: '' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024', DEC: '', LS: 'Z' },
      { CHILD: 'b', DECOM: '01/06/2023', DEC: '', LS: 'Z' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', LS: 'X' },
      { CHILD: 'c', DECOM: '01/06/2024', DEC: '31/03/2025', LS: 'Z' },
      { CHILD: 'd', DECOM: '01/06/2024', DEC: '', LS: '' },
    ];
    expect(rule503B.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0] });
    expect(rule503B.validate(dataB({ Episodes: Episodes.slice(2) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const run = (c: string) =>
      rule503B.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '', LS: 'C2' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '', LS: 'C1' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
