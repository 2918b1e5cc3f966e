import { describe, expect, it } from 'vitest';
import { rule392a } from './392a.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('392a', () => {
  const Episodes = [
    { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'CD1 1AA' }, // pass: 62.1 miles
    { CHILD: 'a', LS: 'C2', HOME_POST: '', PL_POST: 'CD1 1AA' }, // fail: no home postcode
    { CHILD: 'b', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'GY1 1AA' }, // fail: no coordinates
    { CHILD: 'b', LS: 'C2', HOME_POST: 'ZZ9 9ZZ', PL_POST: 'CD1 1AA' }, // fail: unknown postcode
    { CHILD: 'b', LS: 'V4', HOME_POST: '', PL_POST: '' }, // pass: short break
    { CHILD: 'u', LS: 'C2', HOME_POST: '', PL_POST: '' }, // pass: UASC last year
  ];

  it('fails an episode with no distance, except under V3/V4 or for children who were UASC', () => {
    const last = { UASC: [{ CHILD: 'u', SEX: '2', DOB: '01/01/2008', DUC: '01/01/2026' }] };
    expect(rule392a.validate(dataRef({ Episodes }, TEST_REFERENCE, last))).toEqual({ Episodes: [1, 2, 3] });
    expect(rule392a.validate(dataRef({ Episodes, UASC: [] }, TEST_REFERENCE))).toEqual({
      Episodes: [1, 2, 3, 5],
    });
  });

  it('is skipped without a UASC table', () => {
    expect(rule392a.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({});
  });
});

describe('392a, UASC as the reference validator finds it', () => {
  const Episodes = [
    { CHILD: 'x', LS: 'C2', HOME_POST: '', PL_POST: '' },
    { CHILD: 'y', LS: 'C2', HOME_POST: '', PL_POST: '' },
  ];

  it('takes the Header UASC flag when Header is loaded: an XML UASC of 0 is not UASC', () => {
    // Reference lac2022_23/rule_392a.py: with Header loaded, the children left out are those whose Header
    // UASC is '1'. The XML form gives Header its own UASC and a UASC row to every child with a UASC element,
    // 0 included, so that row does not make the child UASC.
    const Header = [
      { CHILD: 'x', UASC: '0' },
      { CHILD: 'y', UASC: '1' },
    ];
    const UASC = [
      { CHILD: 'x', SEX: '1', DOB: '01/01/2010', DUC: '' },
      { CHILD: 'y', SEX: '1', DOB: '01/01/2010', DUC: '' },
    ];
    expect(rule392a.validate(dataRef({ Episodes, Header, UASC }, TEST_REFERENCE))).toEqual({ Episodes: [0] });
  });

  it('counts any UASC row with Header from CSV, as the reference reader sets the flag', () => {
    // Reference ingress.py read_csvs_from_text sets Header UASC to '1' for a child with any UASC row.
    const Header = [{ CHILD: 'x' }, { CHILD: 'y' }];
    const UASC = [{ CHILD: 'x', SEX: '', DOB: '', DUC: '' }];
    expect(rule392a.validate(dataRef({ Episodes, Header, UASC }, TEST_REFERENCE))).toEqual({ Episodes: [1] });
  });

  it('is skipped when Header is loaded without this year UASC and last year gives no flag', () => {
    // Reference: with Header loaded, the UASC table is read only through Header's flag; with neither
    // year giving a UASC column, the rule returns nothing.
    const Header = [{ CHILD: 'x' }, { CHILD: 'y' }];
    expect(rule392a.validate(dataRef({ Episodes, Header }, TEST_REFERENCE))).toEqual({});
  });
});
