import { describe, expect, it } from 'vitest';
import { rule406 } from './406.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('406', () => {
  const Episodes = [
    { CHILD: 'u', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'CD1 1AA' }, // fail: UASC with a distance
    { CHILD: 'u', LS: 'C2', HOME_POST: '', PL_POST: 'CD1 1AA' }, // pass: no distance
    { CHILD: 'v', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB1 2BB' }, // fail: UASC last year
    { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'AB1 2BB' }, // pass: never UASC
  ];
  const UASC = [{ CHILD: 'u', SEX: '1', DOB: '01/01/2010', DUC: '01/01/2028' }];
  const last = { UASC: [{ CHILD: 'v', SEX: '1', DOB: '01/01/2008', DUC: '01/06/2025' }] };

  it('fails a distance for a child who is or was UASC', () => {
    expect(rule406.validate(dataRef({ Episodes, UASC }, TEST_REFERENCE, last))).toEqual({ Episodes: [0, 2] });
    expect(rule406.validate(dataRef({ Episodes, UASC }, TEST_REFERENCE))).toEqual({ Episodes: [0] });
  });

  it('is skipped without a UASC table', () => {
    expect(rule406.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({});
  });

  it('takes UASC status from the Header flag where Header is loaded, as the reference does', () => {
    // Reference rule_406.py: with Header loaded it keeps header[header.UASC == "1"]; ingress.py sets UASC to
    // 1 for any Header child with a UASC row (even one blank but CHILD), and the XML form's Header has its own.
    const Header = [{ CHILD: 'u' }, { CHILD: 'a' }];
    const blankRow = [{ CHILD: 'a', SEX: '', DOB: '', DUC: '' }];
    expect(rule406.validate(dataRef({ Episodes, Header, UASC: blankRow }, TEST_REFERENCE))).toEqual({
      Episodes: [3],
    });
    const xmlHeader = [
      { CHILD: 'u', UASC: '0' },
      { CHILD: 'a', UASC: '1' },
    ];
    expect(rule406.validate(dataRef({ Episodes, Header: xmlHeader, UASC }, TEST_REFERENCE))).toEqual({
      Episodes: [3],
    });
    expect(rule406.validate(dataRef({ Episodes, Header: xmlHeader }, TEST_REFERENCE))).toEqual({
      Episodes: [3],
    });
  });
});
