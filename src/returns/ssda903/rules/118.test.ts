import { describe, expect, it } from 'vitest';
import { rule118 } from './118.ts';
import { testData } from './helpers-a.ts';

describe('118', () => {
  it('fails a ceased decision before the collection start or before the first non-V3/V4 episode', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/01/2024', LS: 'V3' }, // ignored
      { CHILD: 'b', DECOM: '01/06/2025', LS: 'C2' },
      { CHILD: 'c', DECOM: '01/01/2024', LS: 'C2' },
      { CHILD: 'd', DECOM: '01/01/2024', LS: 'C2' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED_CEASED: '31/03/2025' }, // before collection start
      { CHILD: 'b', DATE_PLACED_CEASED: '31/05/2025' }, // before the C2 episode
      { CHILD: 'c', DATE_PLACED_CEASED: '01/04/2025' }, // on the collection start
      { CHILD: 'd', DATE_PLACED_CEASED: '' },
    ];
    expect(rule118.validate(testData({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [0, 2],
      PlacedAdoption: [0, 1],
    });
  });
});
