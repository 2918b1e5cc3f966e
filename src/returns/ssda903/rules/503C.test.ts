import { describe, expect, it } from 'vitest';
import { rule503C } from './503C.ts';
import { dataB } from './helpers-b.ts';

describe('503C', () => {
  it('fails a first episode whose CIN differs from last year’s open episode', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', CIN: 'X' },
      { CHILD: 'a', DECOM: '05/06/2025', CIN: 'Y' },
      { CHILD: 'b', DECOM: '01/04/2025', CIN: 'X' },
      { CHILD: 'c', DECOM: '01/04/2025', CIN: 'X' },
      { CHILD: 'd', DECOM: '01/04/2025', CIN: '' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024', DEC: '', CIN: 'Z' },
      { CHILD: 'b', DECOM: '01/06/2023', DEC: '', CIN: 'Z' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', CIN: 'X' },
      { CHILD: 'c', DECOM: '01/06/2024', DEC: '31/03/2025', CIN: 'Z' },
      { CHILD: 'd', DECOM: '01/06/2024', DEC: '', CIN: '' },
    ];
    expect(rule503C.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0] });
    expect(rule503C.validate(dataB({ Episodes: Episodes.slice(2) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const run = (c: string) =>
      rule503C.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '', CIN: 'N1' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '', CIN: 'N2' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
