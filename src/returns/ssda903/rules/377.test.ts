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
