import { describe, expect, it } from 'vitest';
import { rule1003 } from './1003.ts';
import { dataC } from './helpers-c.ts';

describe('1003', () => {
  it('flags a decision to place for adoption before the child started to be looked after', () => {
    const episodes = [
      { CHILD: '1', DECOM: '10/05/2025', RNE: 'S' },
      { CHILD: '2', DECOM: '10/05/2025', RNE: 'S' },
      { CHILD: '3', DECOM: '31/10/2024', RNE: 'U' }, // care began earlier, in last year's file
      { CHILD: '4', DECOM: '31/10/2024', RNE: 'P' }, // care began before any loaded file
      { CHILD: '5', DECOM: '10/05/2025', RNE: 'S' },
    ];
    const last = [
      { CHILD: '3', DECOM: '04/03/2024', RNE: 'S' },
      { CHILD: '3', DECOM: '31/10/2024', RNE: 'U' },
    ];
    const placed = [
      { CHILD: '1', DATE_PLACED: '09/05/2025' }, // the day before care began: flagged
      { CHILD: '2', DATE_PLACED: '10/05/2025' }, // the day care began
      { CHILD: '3', DATE_PLACED: '15/09/2024' }, // after the start in last year's file
      { CHILD: '4', DATE_PLACED: '15/09/2024' }, // start unknown: not judged
      { CHILD: '5', DATE_PLACED: '' },
      { CHILD: '6', DATE_PLACED: '01/01/2020' }, // no episodes
    ];
    expect(
      rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }, { Episodes: last })),
    ).toEqual({ PlacedAdoption: [0] });
    // Without last year's files, child 3's start is not known either.
    expect(rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      PlacedAdoption: [0],
    });
    const before = [{ CHILD: '3', DECOM: '20/09/2024', RNE: 'S' }];
    expect(
      rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }, { Episodes: before })),
    ).toEqual({ PlacedAdoption: [0, 2] });
  });
});
