import { describe, expect, it } from 'vitest';
import { rule408 } from './408.ts';
import { dataB } from './helpers-b.ts';

describe('408', () => {
  it('fails A5/A6 without a placement order', () => {
    const Episodes = [
      { PLACE: 'A5', LS: 'C2' },
      { PLACE: 'A6', LS: 'E1' },
      { PLACE: 'U2', LS: '' },
      { PLACE: 'A5', LS: '' },
    ];
    expect(rule408.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 3] });
    expect(rule408.validate(dataB({ Episodes: Episodes.slice(1, 3) }))).toEqual({});
  });
});
