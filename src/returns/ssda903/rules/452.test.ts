import { describe, expect, it } from 'vitest';
import { rule452 } from './452.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('452', () => {
  it("fails a first episode continuing last year's open one with another LA of placement", () => {
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA' };
    const Episodes = [
      { ...e, CHILD: 'a', DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }, // fail: E06000001, was E10000001
      { ...e, CHILD: 'a', DECOM: '01/05/2025', PL_POST: 'AB1 2BB' }, // pass: not the first
      { ...e, CHILD: 'b', DECOM: '01/04/2025', PL_POST: 'AB1 1AA' }, // pass: same LA, other postcode
      { ...e, CHILD: 'c', DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }, // pass: last year's had ended
      { ...e, CHILD: 'd', DECOM: '01/04/2025', RNE: 'L', PL_POST: 'CD1 1AA' }, // pass: other RNE
      { ...e, CHILD: 'e', DECOM: '01/04/2025', PL_POST: 'ZZ9 9ZZ' }, // pass: both blank
      { ...e, CHILD: 'f', DECOM: '01/04/2025', PL_POST: 'AB1 2BB' }, // fail: last year's blank
      { ...e, CHILD: 'g', DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }, // pass: not in last year's
    ];
    const l = { ...e, DECOM: '01/01/2025' };
    const last = [
      { ...l, CHILD: 'a', DECOM: '01/06/2024', DEC: '01/01/2025', PL_POST: 'CD1 1AA' }, // not the latest
      { ...l, CHILD: 'a', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'b', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'c', DEC: '31/03/2025', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'd', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'e', PL_POST: '' },
      { ...l, CHILD: 'f', PL_POST: 'ZZ9 9ZZ' },
    ];
    expect(rule452.validate(dataRef({ Episodes }, TEST_REFERENCE, { Episodes: last }))).toEqual({
      Episodes: [0, 6],
    });
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_452.py: groupby("CHILD")["DECOM"].idxmin() leaves a blank (NaN) CHILD out.
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA' };
    const tables = (c: string) => [{ ...e, CHILD: c, DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }];
    const last = (c: string) => [{ ...e, CHILD: c, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' }];
    const run = (c: string) =>
      rule452.validate(dataRef({ Episodes: tables(c) }, TEST_REFERENCE, { Episodes: last(c) }));
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
