import { describe, expect, it } from 'vitest';
import { rule551 } from './551.ts';
import { dataB } from './helpers-b.ts';

describe('551', () => {
  it('fails a placement for adoption with no decision date', () => {
    const Episodes = [
      { CHILD: 'a', PLACE: 'U1' },
      { CHILD: 'b', PLACE: 'A3' },
      { CHILD: 'c', PLACE: 'A4' },
      { CHILD: 'd', PLACE: 'A5' },
    ];
    const PlacedAdoption = [
      { CHILD: 'b', DATE_PLACED: '' },
      { CHILD: 'c', DATE_PLACED: '29/02/2024' },
    ];
    expect(rule551.validate(dataB({ Episodes, PlacedAdoption }))).toEqual({ Episodes: [1, 3] });
    expect(
      rule551.validate(dataB({ Episodes: Episodes.slice(0, 1).concat(Episodes[2]!), PlacedAdoption })),
    ).toEqual({});
  });
});
