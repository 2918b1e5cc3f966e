import { describe, expect, it } from 'vitest';
import { rule383 } from './383.ts';
import { dataB } from './helpers-b.ts';

describe('383', () => {
  it('fails a return from a temporary placement that is not back to the previous placement', () => {
    const ep = (CHILD: string, DECOM: string, RNE: string, PLACE: string, PL_POST: string) => ({
      CHILD,
      DECOM,
      RNE,
      PLACE,
      PL_POST,
    });
    const Episodes = [
      ep('a', '01/06/2025', 'S', 'U1', 'AB1 2CD'),
      ep('a', '05/06/2025', 'P', 'T1', 'AB1 2CD'),
      ep('a', '06/06/2025', 'P', 'U1', 'AB1 2CD'),
      ep('b', '01/06/2025', 'S', 'U1', 'AB1 2CD'),
      ep('b', '05/06/2025', 'P', 'T1', 'AB1 2CD'),
      ep('b', '06/06/2025', 'T', 'U1', 'AB1 2CD'),
      ep('c', '01/06/2025', 'S', 'U1', 'AB1 2CD'),
      ep('c', '05/06/2025', 'P', 'T1', 'AB1 2CD'),
      ep('c', '06/06/2025', 'P', 'U1', 'XY9 9ZZ'),
      ep('d', '28/02/2024', 'S', 'K2', ''),
      ep('d', '29/02/2024', 'P', 'T3', ''),
      ep('d', '01/03/2024', 'P', 'K2', ''),
    ];
    expect(rule383.validate(dataB({ Episodes }))).toEqual({ Episodes: [5, 8, 11] });
    expect(rule383.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });

  it('fails a return to a blank placement type, and checks no child without an id', () => {
    // Reference lac2025_26/rule_383.py: pl_not_equal is PLACE != PLACE two before, true when both are blank
    // (NaN), and same_child compares CHILD, false when it is blank.
    const ep = (CHILD: string, DECOM: string, PLACE: string) => ({
      CHILD,
      DECOM,
      RNE: 'P',
      PLACE,
      PL_POST: 'AB1 2CD',
    });
    const Episodes = [
      ep('a', '01/06/2025', ''),
      ep('a', '05/06/2025', 'T1'),
      ep('a', '06/06/2025', ''), // fails: blank PLACE
      ep('', '01/06/2025', 'U1'),
      ep('', '05/06/2025', 'T1'),
      ep('', '06/06/2025', 'U2'), // passes: no child id
    ];
    expect(rule383.validate(dataB({ Episodes }))).toEqual({ Episodes: [2] });
  });
});
