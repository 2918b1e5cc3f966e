import { describe, expect, it } from 'vitest';
import { rule221 } from './221.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('221', () => {
  it("fails a home, family centre or school whose postcode is not the provider's setting's", () => {
    const providers = providerList(
      provider('1', { postcode: 'AB1 5KE' }),
      provider('2', { postcode: 'S25 1WO' }),
      provider('4'),
    );
    const e = { LS: 'C2', PLACE: 'K2' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'ab15ke', URN: '1' }, // pass: same postcode, spacing and case aside
      { ...e, CHILD: 'a', PL_POST: 'AB1 5KF', URN: '1' }, // fail
      { ...e, CHILD: 'b', PLACE: 'S1', PL_POST: 'N9 5PY', URN: '2' }, // fail
      { ...e, CHILD: 'b', PLACE: 'R3', PL_POST: 'S25 1WO', URN: '2' }, // pass
      { ...e, CHILD: 'c', PLACE: 'K1', PL_POST: 'N9 5PY', URN: '4' }, // fail: provider without postcode
      { ...e, CHILD: 'c', PLACE: 'K2', PL_POST: 'N9 5PY', URN: '7' }, // fail: on no list
      { ...e, CHILD: 'd', LS: 'V3', PL_POST: 'N9 5PY', URN: '1' }, // pass: short break
      { ...e, CHILD: 'd', PLACE: 'U4', PL_POST: 'N9 5PY', URN: '1' }, // pass: foster care not checked
      { ...e, CHILD: 'd', PL_POST: '', URN: '1' }, // pass: no PL_POST
      { ...e, CHILD: 'd', PL_POST: 'N9 5PY', URN: 'XXXXXXX' }, // pass: placeholder
    ];
    expect(rule221.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 2, 4, 5] });
  });
});

describe('221, spaces and other blanks in PL_POST', () => {
  it('takes out only spaces from PL_POST, as the reference validator does', () => {
    // Reference lac2024_25/rule_221.py compares PL_POST.str.replace(' ', '') with the provider's postcode:
    // a tab or a no-break space stays in, so such a postcode does not match.
    const providers = providerList(provider('1', { postcode: 'AB1 5KE' }));
    const e = { LS: 'C2', PLACE: 'K2', URN: '1' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: ' AB1  5KE ' }, // pass: only spaces
      { ...e, CHILD: 'b', PL_POST: 'AB1\t5KE' }, // fail: a tab
      { ...e, CHILD: 'c', PL_POST: 'AB1\u00a05KE' }, // fail: a no-break space
    ];
    expect(rule221.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 2] });
  });
});
