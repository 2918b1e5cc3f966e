import { describe, expect, it } from 'vitest';
import { rule377 } from './377.ts';
import { dataB } from './helpers-b.ts';

describe('377', () => {
  it('fails every T3 episode of a child with more than two', () => {
    const Episodes = [
      { CHILD: 'a', PLACE: 'T3' },
      { CHILD: 'a', PLACE: 'U1' },
      { CHILD: 'a', PLACE: 'T3' },
      { CHILD: 'b', PLACE: 'T3' },
      { CHILD: 'a', PLACE: 'T3' },
      { CHILD: 'b', PLACE: 'T3' },
    ];
    expect(rule377.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2, 4] });
    expect(rule377.validate(dataB({ Episodes: Episodes.slice(0, 4) }))).toEqual({});
  });
});

describe('377, episodes without a child id', () => {
  it('leaves out episodes whose CHILD is blank', () => {
    // Reference lac2022_23/rule_377.py counts T3 episodes with groupby('CHILD'), which leaves out a blank
    // (NaN) CHILD.
    const Episodes = [1, 2, 3].map(() => ({ CHILD: '', PLACE: 'T3' }));
    expect(rule377.validate(dataB({ Episodes }))).toEqual({});
  });
});
