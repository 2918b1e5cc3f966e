import { describe, expect, it } from 'vitest';
import { rule435 } from './435.ts';
import { dataB } from './helpers-b.ts';

describe('435', () => {
  it('fails RNE P where the legal status changed or nothing about the placement did', () => {
    const ep = (CHILD: string, DECOM: string, RNE: string, LS: string, PL_POST: string) => ({
      CHILD,
      DECOM,
      RNE,
      LS,
      PL_POST,
      URN: 'SC1',
      PLACE: 'R1',
      PLACE_PROVIDER: 'PR1',
    });
    const Episodes = [
      ep('a', '01/06/2025', 'S', 'C2', 'XX1'),
      ep('a', '03/06/2025', 'P', 'C2', 'XX3'),
      ep('a', '04/06/2025', 'P', 'C2', 'XX3'),
      ep('b', '28/02/2024', 'S', 'C2', 'XX1'),
      ep('b', '29/02/2024', 'P', 'C1', 'XX2'),
    ];
    expect(rule435.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 4] });
    expect(rule435.validate(dataB({ Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_435.py: a blank CHILD is NaN, and CHILD == CHILD_PRE in the query is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', LS: 'C2', PLACE: 'U1' },
      { CHILD: c, RNE: 'P', DECOM: '10/05/2025', LS: 'C1', PLACE: 'U2' },
    ];
    expect(rule435.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule435.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
