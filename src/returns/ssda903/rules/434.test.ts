import { describe, expect, it } from 'vitest';
import { rule434 } from './434.ts';
import { dataB } from './helpers-b.ts';

describe('434', () => {
  it('fails RNE L where the legal status did not change or the placement did', () => {
    const ep = (CHILD: string, DECOM: string, RNE: string, LS: string, PL_POST: string, URN: string) => ({
      CHILD,
      DECOM,
      RNE,
      LS,
      PL_POST,
      URN,
      PLACE: 'U1',
      PLACE_PROVIDER: 'PR1',
    });
    const Episodes = [
      ep('a', '01/01/2025', 'S', 'C1', 'AB1', ''),
      ep('a', '01/02/2025', 'L', 'C2', 'AB1', ''),
      ep('a', '29/02/2028', 'L', 'C2', 'AB1', ''),
      ep('b', '01/01/2025', 'S', 'C1', 'AB1', ''),
      ep('b', '01/02/2025', 'L', 'C2', 'AB1', 'SC1'),
      ep('b', '01/03/2025', 'L', 'E1', 'XY9', 'SC1'),
    ];
    expect(rule434.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 4, 5] });
    expect(rule434.validate(dataB({ Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_434.py: a blank CHILD is NaN, and CHILD == CHILD.shift(1) is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', LS: 'C2', PLACE: 'U1' },
      { CHILD: c, RNE: 'L', DECOM: '10/05/2025', LS: 'C2', PLACE: 'U1' },
    ];
    expect(rule434.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule434.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
