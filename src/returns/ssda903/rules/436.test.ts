import { describe, expect, it } from 'vitest';
import { rule436 } from './436.ts';
import { dataB } from './helpers-b.ts';

describe('436', () => {
  it('fails RNE U/B where the legal status or the placement did not change', () => {
    const ep = (CHILD: string, DECOM: string, RNE: string, LS: string, PL_POST: string) => ({
      CHILD,
      DECOM,
      RNE,
      LS,
      PL_POST,
      URN: '',
      PLACE: 'U1',
      PLACE_PROVIDER: 'PR1',
    });
    const Episodes = [
      ep('a', '03/06/2025', 'S', 'C1', 'X1'),
      ep('a', '05/06/2025', 'U', 'C2', 'X2'),
      ep('a', '06/06/2025', 'B', 'E1', 'X2'),
      ep('a', '08/06/2025', 'U', 'E1', 'X3'),
      ep('b', '28/02/2024', 'S', 'C1', 'X1'),
      ep('b', '29/02/2024', 'B', 'C2', 'X9'),
    ];
    expect(rule436.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 3] });
    expect(rule436.validate(dataB({ Episodes: Episodes.slice(4) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_436.py: a blank CHILD is NaN, and CHILD == CHILD_PRE is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', LS: 'C2', PLACE: 'U1' },
      { CHILD: c, RNE: 'U', DECOM: '10/05/2025', LS: 'C2', PLACE: 'U2' },
    ];
    expect(rule436.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule436.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
