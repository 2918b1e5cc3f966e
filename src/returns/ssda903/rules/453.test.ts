import { describe, expect, it } from 'vitest';
import { rule453 } from './453.ts';
import { dataRef, place, TEST_REFERENCE } from './helpers-ref.ts';

describe('453', () => {
  it("fails a first episode continuing last year's open one 0.2 miles or more further or nearer", () => {
    // AB1 1AA to AB1 2BB is 3.1 miles, to CD1 1AA 62.1, to AB1 3CC (5,150 m east) 3.2.
    const postcodes = new Map(TEST_REFERENCE.postcodes);
    postcodes.set('AB1 3CC', place('E07000001', 505150, 200000, 'E10000001'));
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA', DECOM: '01/04/2025' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'CD1 1AA' }, // fail: 62.1 against 3.1
      { ...e, CHILD: 'b', PL_POST: 'AB1 3CC' }, // pass: 3.2 against 3.1
      { ...e, CHILD: 'c', PL_POST: 'CD1 1AA' }, // pass: last year's had ended
      { ...e, CHILD: 'd', RNE: 'S', PL_POST: 'CD1 1AA' }, // pass: other RNE
      { ...e, CHILD: 'e', HOME_POST: '', PL_POST: 'CD1 1AA' }, // pass: no distance this year
      { ...e, CHILD: 'f', DECOM: '31/02/2025', PL_POST: 'CD1 1AA' }, // pass: no valid DECOM, no first episode
    ];
    const l = { ...e, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' };
    const last = ['a', 'b', 'd', 'e', 'f'].map((CHILD) => ({ ...l, CHILD }));
    last.push({ ...l, CHILD: 'c', DEC: '01/03/2025' });
    const data = dataRef({ Episodes }, { ...TEST_REFERENCE, postcodes }, { Episodes: last });
    expect(rule453.validate(data)).toEqual({ Episodes: [0] });
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_453.py: groupby("CHILD")["DECOM"].idxmin() leaves a blank (NaN) CHILD out.
    const e = { RNE: 'P', DEC: '', HOME_POST: 'AB1 1AA' };
    const tables = (c: string) => [{ ...e, CHILD: c, DECOM: '01/04/2025', PL_POST: 'CD1 1AA' }];
    const last = (c: string) => [{ ...e, CHILD: c, DECOM: '01/01/2025', PL_POST: 'AB1 2BB' }];
    const run = (c: string) =>
      rule453.validate(dataRef({ Episodes: tables(c) }, TEST_REFERENCE, { Episodes: last(c) }));
    expect(run('a')).toEqual({ Episodes: [0] });
    expect(run('')).toEqual({});
  });
});
