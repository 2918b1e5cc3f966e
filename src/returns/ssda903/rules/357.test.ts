import { describe, expect, it } from 'vitest';
import { rule357 } from './357.ts';
import { dataB } from './helpers-b.ts';

describe('357', () => {
  it('fails a first episode in the year that is not RNE S', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/04/2025', RNE: 'P' },
      { CHILD: 'b', DECOM: '01/05/2025', RNE: 'P' },
      { CHILD: 'b', DECOM: '01/04/2025', RNE: 'S' },
      { CHILD: 'c', DECOM: '31/03/2025', RNE: 'L' },
      { CHILD: 'd', DECOM: '', RNE: 'P' },
      { CHILD: 'd', DECOM: '01/06/2025', RNE: '' },
    ];
    expect(rule357.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 5] });
    expect(rule357.validate(dataB({ Episodes: Episodes.slice(1, 4) }))).toEqual({});
  });
});

describe('357, episodes without a child id', () => {
  it('leaves out episodes whose CHILD is blank', () => {
    // Reference lac2022_23/rule_357.py finds first episodes with groupby('CHILD'), which leaves out rows
    // with a blank (NaN) CHILD.
    const Episodes = [{ CHILD: '', DECOM: '01/06/2025', RNE: 'P' }];
    expect(rule357.validate(dataB({ Episodes }))).toEqual({});
  });
});
