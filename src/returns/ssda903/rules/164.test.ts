import { describe, expect, it } from 'vitest';
import { rule164 } from './164.ts';
import { dataRef, place, TEST_REFERENCE } from './helpers-ref.ts';

describe('164', () => {
  // 1,609,160 m east of AB1 1AA is 999.913 miles (999.9); 1,609,400 m is 1000.062 (1000.1).
  const postcodes = new Map(TEST_REFERENCE.postcodes);
  postcodes.set('FA1 1AA', place('E06000009', 500000 + 1609160, 200000));
  postcodes.set('FA1 1AB', place('E06000009', 500000 + 1609400, 200000));
  const reference = { ...TEST_REFERENCE, postcodes };
  const Episodes = [
    { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB1 2BB' }, // pass: 3.1
    { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'FA1 1AA' }, // pass: 999.9
    { CHILD: 'b', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'FA1 1AB' }, // fail: 1000.1
    { CHILD: 'b', LS: 'V3', HOME_POST: 'AB1 1AA', PL_POST: 'FA1 1AB' }, // fail: any legal status
    { CHILD: 'c', LS: 'C2', HOME_POST: '', PL_POST: 'FA1 1AB' }, // pass: no distance (392a's)
    { CHILD: 'u', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'FA1 1AB' }, // pass: formerly UASC
  ];
  const UASC = [{ CHILD: 'u', SEX: '1', DOB: '01/01/2009', DUC: '01/01/2027' }];

  it('fails a distance over 999.9 miles for children not known to have been UASC', () => {
    expect(rule164.validate(dataRef({ Episodes, UASC }, reference))).toEqual({ Episodes: [2, 3] });
    expect(rule164.validate(dataRef({ Episodes, UASC: [] }, reference))).toEqual({ Episodes: [2, 3, 5] });
  });

  it('is skipped without a UASC table this year or last, as the validator cannot tell who was UASC', () => {
    expect(rule164.validate(dataRef({ Episodes }, reference))).toEqual({});
    expect(rule164.validate(dataRef({ Episodes }, reference, { UASC: [] }))).toEqual({ Episodes: [2, 3, 5] });
  });

  // Reference rule_164.py (lac2022_23), validate(): with Header loaded the UASC children are the Header
  // rows flagged 1, and for a CSV upload ingress.py flags a Header row 1 when its child has any UASC row
  // (even one with only CHILD given); a child in the UASC table but not in Header is not flagged.
  it('takes this year’s UASC children from Header when it is loaded, as the validator flags its rows', () => {
    const Header = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }];
    const uasc = [
      { CHILD: 'b', SEX: '', DOB: '', DUC: '' }, // b in Header with a UASC row: UASC, passes
      { CHILD: 'u', SEX: '1', DOB: '01/01/2009', DUC: '01/01/2027' }, // u not in Header: fails
    ];
    expect(rule164.validate(dataRef({ Episodes, UASC: uasc, Header }, reference))).toEqual({
      Episodes: [5],
    });
  });
});
