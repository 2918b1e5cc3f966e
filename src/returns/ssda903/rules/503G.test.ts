import { describe, expect, it } from 'vitest';
import { rule503G } from './503G.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('503G', () => {
  it("fails a first episode whose distance is not that of last year's open episode", () => {
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA', DECOM: '01/04/2025' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'CD1 1AA' }, // fail: 62.1 against 3.1
      { ...e, CHILD: 'b', PL_POST: 'AB1 2BB' }, // fail: last year's had no distance
      { ...e, CHILD: 'c', HOME_POST: '', PL_POST: 'AB1 2BB' }, // pass: no distance this year
      { ...e, CHILD: 'd', PL_POST: 'CD1 1AA' }, // pass: last year's had ended
      { ...e, CHILD: 'e', RNE: 'L', PL_POST: 'CD1 1AA' }, // fail: an unreadable DEC is open; RNE not checked
      { ...e, CHILD: 'f', PL_POST: 'AB1 2BB' }, // pass: same
    ];
    const l = { ...e, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' };
    const last = [
      { ...l, CHILD: 'a' },
      { ...l, CHILD: 'b', HOME_POST: '' },
      { ...l, CHILD: 'c' },
      { ...l, CHILD: 'd', DEC: '01/02/2025' },
      { ...l, CHILD: 'e', DEC: '30/02/2025' },
      { ...l, CHILD: 'f' },
    ];
    expect(rule503G.validate(dataRef({ Episodes }, TEST_REFERENCE, { Episodes: last }))).toEqual({
      Episodes: [0, 1, 4],
    });
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_503G.py: groupby(["CHILD"])["DECOM"].idxmin() leaves a blank (NaN) CHILD out.
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA' };
    const tables = (c: string) => [{ ...e, CHILD: c, DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }];
    const last = (c: string) => [{ ...e, CHILD: c, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' }];
    const run = (c: string) =>
      rule503G.validate(dataRef({ Episodes: tables(c) }, TEST_REFERENCE, { Episodes: last(c) }));
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
