import { describe, expect, it } from 'vitest';
import { rule503H } from './503H.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('503H', () => {
  it("fails a first episode whose LA of placement is not that of last year's open episode", () => {
    const e = { DEC: '', DECOM: '01/04/2025' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'CD1 1AA' }, // fail: E06000001 against E10000001
      { ...e, CHILD: 'b', PL_POST: 'AB1 1AA' }, // pass: same county
      { ...e, CHILD: 'c', PL_POST: 'CD1 1AA' }, // pass: last year's had ended
      { ...e, CHILD: 'd', PL_POST: 'EH1 1AA' }, // fail: SCO against nothing
      { ...e, CHILD: 'e', PL_POST: '' }, // pass: both blank
    ];
    const l = { DEC: '', DECOM: '01/01/2025', PL_POST: 'AB1 2BB' };
    const last = [
      { ...l, CHILD: 'a' },
      { ...l, CHILD: 'b' },
      { ...l, CHILD: 'c', DEC: '01/03/2025' },
      { ...l, CHILD: 'd', PL_POST: 'ZZ9 9ZZ' },
      { ...l, CHILD: 'e', PL_POST: 'ZZ9 9ZZ' },
    ];
    expect(rule503H.validate(dataRef({ Episodes }, TEST_REFERENCE, { Episodes: last }))).toEqual({
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
      rule503H.validate(dataRef({ Episodes: tables(c) }, TEST_REFERENCE, { Episodes: last(c) }));
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
