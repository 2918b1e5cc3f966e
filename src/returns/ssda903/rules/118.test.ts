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

  // Reference rule_118.py (lac2022_23): filter_by_ls.groupby("CHILD")["DECOM"].idxmin() leaves out
  // episodes with a blank CHILD, so a blank-CHILD placement has no earliest episode to be compared with.
  it('finds no earliest episode for a blank CHILD, as the validator’s grouping drops it', () => {
    const Episodes = [{ CHILD: '', DECOM: '01/06/2025', LS: 'C2' }];
    const PlacedAdoption = [{ CHILD: '', DATE_PLACED_CEASED: '01/05/2025' }];
    expect(rule118.validate(testData({ Episodes, PlacedAdoption }))).toEqual({});
  });
});
