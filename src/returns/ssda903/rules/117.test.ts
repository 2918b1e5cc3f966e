import { describe, expect, it } from 'vitest';
import { rule117 } from './117.ts';
import { testData } from './helpers-a.ts';

describe('117', () => {
  it('fails decisions after the collection end or after the latest non-X1 episode ended', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E11' },
      { CHILD: 'a', DECOM: '01/07/2025', DEC: '02/07/2025', REC: 'X1' }, // X1 ignored
      { CHILD: 'b', DECOM: '01/05/2025', DEC: '', REC: '' },
      { CHILD: 'c', DECOM: '01/05/2025', DEC: '', REC: '' },
      { CHILD: 'd', DECOM: '01/05/2025', DEC: '31/03/2026', REC: 'E8' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '02/06/2025', DATE_PLACED_CEASED: '' }, // after DEC 01/06/2025
      { CHILD: 'b', DATE_PLACED: '01/04/2026', DATE_PLACED_CEASED: '' }, // after collection end
      { CHILD: 'c', DATE_PLACED: '', DATE_PLACED_CEASED: '31/03/2026' }, // on the collection end
      { CHILD: 'd', DATE_PLACED: '31/03/2026', DATE_PLACED_CEASED: '' }, // on DEC
    ];
    expect(rule117.validate(testData({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [0, 2],
      PlacedAdoption: [0, 1],
    });
  });

  // Reference rule_117.py (lac2022_23): episodes.groupby("CHILD")["DECOM"].idxmax() leaves out episodes
  // with a blank CHILD, so no latest episode is found for them and a blank-CHILD placement is not matched.
  it('finds no latest episode for a blank CHILD, as the validator’s grouping drops it', () => {
    const Episodes = [{ CHILD: '', DECOM: '01/04/2025', DEC: '01/05/2025', REC: 'E11' }];
    const PlacedAdoption = [{ CHILD: '', DATE_PLACED: '01/06/2025', DATE_PLACED_CEASED: '' }];
    expect(rule117.validate(testData({ Episodes, PlacedAdoption }))).toEqual({});
  });
});
