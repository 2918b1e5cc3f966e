import { describe, expect, it } from 'vitest';
import { rule552 } from './552.ts';
import { dataC } from './helpers-c.ts';

describe('552', () => {
  it('flags the first adoption placement when it starts before the latest decision to place', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/05/2025', PLACE: 'U1' },
      { CHILD: 'a', DECOM: '29/02/2024', PLACE: 'A3' }, // first adoption placement
      { CHILD: 'a', DECOM: '01/06/2025', PLACE: 'A4' },
      { CHILD: 'b', DECOM: '01/04/2025', PLACE: 'A5' },
      { CHILD: 'c', DECOM: '01/04/2025', PLACE: 'A6' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '01/01/2024' },
      { CHILD: 'a', DATE_PLACED: '01/03/2024' }, // latest, after 29/02/2024
      { CHILD: 'b', DATE_PLACED: '01/04/2025' }, // same day: fine
      { CHILD: 'c', DATE_PLACED: '' },
    ];
    expect(rule552.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [1],
      PlacedAdoption: [1],
    });
  });
  it('passes when the decision is on or before the placement', () => {
    const episodes = [{ CHILD: 'a', DECOM: '29/02/2024', PLACE: 'A3' }];
    const placed = [{ CHILD: 'a', DATE_PLACED: '29/02/2024' }];
    expect(rule552.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_552.py: groupby("CHILD") idxmax/idxmin leave a blank (NaN) CHILD out.
    const run = (c: string) =>
      rule552.validate(
        dataC({
          Episodes: [{ CHILD: c, DECOM: '01/05/2025', PLACE: 'A3' }],
          PlacedAdoption: [{ CHILD: c, DATE_PLACED: '01/06/2025' }],
        }),
      );
    expect(run('a')).toEqual({ Episodes: [0], PlacedAdoption: [0] });
    expect(run('')).toEqual({});
  });
});
