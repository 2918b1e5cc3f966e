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
    ).toEqual({ Episodes: [0], PlacedAdoption: [0] });
    // Without last year's files, child 3's start is not known either.
    expect(rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [0],
      PlacedAdoption: [0],
    });
    const before = [{ CHILD: '3', DECOM: '20/09/2024', RNE: 'S' }];
    expect(
      rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }, { Episodes: before })),
    ).toEqual({ Episodes: [0], PlacedAdoption: [0, 2] }); // child 3's start is in last year's file
  });
  it('flags the episode that started care too, as the reference does', () => {
    // rule_1003.py returns the first RNE S episode ('Episodes': eps_error_locs) beside the PlacedAdoption row.
    const episodes = [
      { CHILD: '1', DECOM: '01/04/2025', RNE: 'P' },
      { CHILD: '2', DECOM: '10/05/2025', RNE: 'S' },
    ];
    const placed = [{ CHILD: '2', DATE_PLACED: '09/05/2025' }];
    expect(rule1003.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [1],
      PlacedAdoption: [0],
    });
  });
});
