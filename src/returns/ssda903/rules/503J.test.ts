import { describe, expect, it } from 'vitest';
import { rule503J } from './503J.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('503J', () => {
  it("fails a first episode whose placement location (IN/OUT) is not that of last year's open episode", () => {
    const e = { DEC: '', DECOM: '01/04/2025' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'CD1 1AA' }, // fail: OUT against IN
      { ...e, CHILD: 'b', PL_POST: 'EH1 1AA' }, // pass: OUT and OUT, though the authorities differ
      { ...e, CHILD: 'c', PL_POST: 'CD1 1AA' }, // pass: last year's had ended
      { ...e, CHILD: 'd', PL_POST: 'AB1 2BB' }, // fail: IN against blank (not found)
    ];
    const l = { DEC: '', DECOM: '01/01/2025' };
    const last = [
      { ...l, CHILD: 'a', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'b', PL_POST: 'CD1 1AA' },
      { ...l, CHILD: 'c', DEC: '01/03/2025', PL_POST: 'AB1 2BB' },
      { ...l, CHILD: 'd', PL_POST: 'ZZ9 9ZZ' },
    ];
    expect(rule503J.validate(dataRef({ Episodes }, TEST_REFERENCE, { Episodes: last }))).toEqual({
      Episodes: [0, 3],
    });
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_utils.py (field_different_from_previous): groupby(["CHILD"])["DECOM"].idxmin() leaves a
    // blank (NaN) CHILD out.
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA' };
    const tables = (c: string) => [{ ...e, CHILD: c, DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }];
    const last = (c: string) => [{ ...e, CHILD: c, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' }];
    const run = (c: string) =>
      rule503J.validate(dataRef({ Episodes: tables(c) }, TEST_REFERENCE, { Episodes: last(c) }));
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
