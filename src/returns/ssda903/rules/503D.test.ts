import { describe, expect, it } from 'vitest';
import { rule503D } from './503D.ts';
import { dataB } from './helpers-b.ts';

describe('503D', () => {
  it('fails a first placement differing from last year’s open episode, allowing Z1 to Z11-Z14', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', PLACE: 'U1' },
      { CHILD: 'b', DECOM: '01/04/2025', PLACE: 'Z13' },
      { CHILD: 'c', DECOM: '01/04/2025', PLACE: 'K3' },
      { CHILD: 'd', DECOM: '01/04/2025', PLACE: 'U4' },
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024', DEC: '', PLACE: 'U2' },
      { CHILD: 'b', DECOM: '01/06/2024', DEC: '', PLACE: 'Z1' },
      { CHILD: 'c', DECOM: '01/06/2024', DEC: '', PLACE: 'H5' },
      { CHILD: 'd', DECOM: '29/02/2024', DEC: '', PLACE: 'U4' },
    ];
    expect(rule503D.validate(dataB({ Episodes }, { Episodes: last }))).toEqual({ Episodes: [0, 2] });
    expect(rule503D.validate(dataB({ Episodes: Episodes.slice(1, 2) }, { Episodes: last }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const run = (c: string) =>
      rule503D.validate(
        dataB(
          { Episodes: [{ CHILD: c, DECOM: '01/04/2025', DEC: '', PLACE: 'U1' }] },
          { Episodes: [{ CHILD: c, DECOM: '01/01/2025', DEC: '', PLACE: 'U2' }] },
        ),
      );
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
