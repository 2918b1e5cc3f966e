import { describe, expect, it } from 'vitest';
import { rule503F } from './503F.ts';
import { dataB } from './helpers-b.ts';

describe('503F', () => {
  it('fails a first episode whose URN differs from last year’s open episode', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', URN: 'X' },
      { CHILD: 'a', DECOM: '05/06/2025', URN: 'Y' },
      { CHILD: 'b', DECOM: '01/04/2025', URN: 'X' },
      { CHILD: 'c', DECOM: '01/04/2025', URN: 'X' },
      { CHILD: 'd', DECOM: '01/04/2025', URN: '' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024', DEC: '', URN: 'Z' },
      { CHILD: 'b', DECOM: '01/06/2023', DEC: '', URN: 'Z' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', URN: 'X' },
      { CHILD: 'c', DECOM: '01/06/2024', DEC: '31/03/2025', URN: 'Z' },
      { CHILD: 'd', DECOM: '01/06/2024', DEC: '', URN: '' },
    ];
    expect(rule503F.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0] });
    expect(rule503F.validate(dataB({ Episodes: Episodes.slice(2) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const run = (c: string) =>
      rule503F.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '', URN: 'SC111111' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '', URN: 'SC222222' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
