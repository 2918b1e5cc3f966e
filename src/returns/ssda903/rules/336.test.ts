import { describe, expect, it } from 'vitest';
import { rule336 } from './336.ts';
import { dataB } from './helpers-b.ts';

describe('336', () => {
  it('fails A3/A4 not preceded by a foster or adoption placement, ignoring first episodes', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/01/2020', PLACE: 'U1' },
      { CHILD: 'a', DECOM: '11/01/2020', PLACE: 'T1' },
      { CHILD: 'a', DECOM: '22/01/2020', PLACE: 'A3' },
      { CHILD: 'b', DECOM: '01/03/2024', PLACE: 'A4' },
      { CHILD: 'b', DECOM: '29/02/2024', PLACE: 'U4' },
      { CHILD: 'c', DECOM: '01/01/2020', PLACE: 'A4' },
      { CHILD: 'd', DECOM: '02/01/2020', PLACE: 'A4' },
      { CHILD: 'd', DECOM: '01/01/2020', PLACE: '' },
    ];
    expect(rule336.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 6] });
    expect(rule336.validate(dataB({ Episodes: Episodes.slice(3, 6) }))).toEqual({});
  });
});

describe('336, episodes without a child id', () => {
  it('fails every A3/A4 episode whose CHILD is blank', () => {
    // Reference lac2022_23/rule_336.py: groupby('CHILD') leaves out a blank (NaN) CHILD, so such an episode
    // has no previous placement (NaN, not in the list) and is never marked as the first episode.
    const Episodes = [
      { CHILD: '', DECOM: '01/06/2025', PLACE: 'A3' },
      { CHILD: '', DECOM: '05/06/2025', PLACE: 'U1' },
      { CHILD: '', DECOM: '06/06/2025', PLACE: 'A4' },
    ];
    expect(rule336.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2] });
  });
});
