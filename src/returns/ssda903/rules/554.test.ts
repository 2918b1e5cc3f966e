import { describe, expect, it } from 'vitest';
import { rule554 } from './554.ts';
import { dataC } from './helpers-c.ts';

describe('554', () => {
  it('flags decisions dated after the first placement order episode', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', LS: 'C2' },
      { CHILD: 'a', DECOM: '29/02/2024', LS: 'E1' },
      { CHILD: 'a', DECOM: '01/06/2025', LS: 'E1' },
      { CHILD: 'b', DECOM: '01/04/2025', LS: 'E1' },
      { CHILD: 'c', DECOM: '01/04/2025', LS: 'C2' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '01/03/2024' }, // after 29/02/2024
      { CHILD: 'b', DATE_PLACED: '01/04/2025' }, // same day: fine
      { CHILD: 'c', DATE_PLACED: '01/04/2026' }, // no E1
    ];
    expect(rule554.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [1],
      PlacedAdoption: [0],
    });
  });
  it('passes a decision before the order', () => {
    const episodes = [{ CHILD: 'a', DECOM: '01/04/2025', LS: 'E1' }];
    const placed = [{ CHILD: 'a', DATE_PLACED: '31/03/2025' }];
    expect(rule554.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_554.py: e1_episodes.groupby("CHILD")["DECOM"].idxmin() leaves a blank (NaN) CHILD out.
    const run = (c: string) =>
      rule554.validate(
        dataC({
          Episodes: [{ CHILD: c, DECOM: '01/05/2025', LS: 'E1' }],
          PlacedAdoption: [{ CHILD: c, DATE_PLACED: '01/06/2025' }],
        }),
      );
    expect(run('a')).toEqual({ Episodes: [0], PlacedAdoption: [0] });
    expect(run('')).toEqual({});
  });
});
