import { URN_NOT_KNOWN } from '../../../domain/codes.ts';
import { describe, expect, it } from 'vitest';
import { rule1008 } from './1008.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('1008', () => {
  it('fails a URN on neither Ofsted list; blank and XXXXXXX pass', () => {
    const Episodes = [
      { CHILD: 'a', URN: 'SC123456' }, // on the list
      { CHILD: 'a', URN: '' }, // none given
      { CHILD: 'b', URN: 'XXXXXXX' }, // the placeholder
      { CHILD: 'b', URN: 'xxxxxxx' }, // the placeholder, as the validator upper-cases it
      { CHILD: 'c', URN: 'SC999999' }, // not on the list: fail
      { CHILD: 'c', URN: 'XXXXXX' }, // six Xs is not the placeholder: fail
      { CHILD: 'd', URN: 'sc123456' }, // on the list, in any case
    ];
    const providers = providerList(provider('SC123456'));
    expect(rule1008.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [4, 5] });
  });

  it('compares the URN as given: spaces make it a URN on neither list, and a cell of spaces is given', () => {
    const Episodes = [
      { CHILD: 'a', URN: 'SC123456 ' }, // not on the list: fail
      { CHILD: 'a', URN: ` ${URN_NOT_KNOWN}` }, // not the placeholder: fail
      { CHILD: 'b', URN: '  ' }, // given: fail
      { CHILD: 'b', URN: 'SC123456' },
    ];
    const providers = providerList(provider('SC123456'));
    expect(rule1008.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [0, 1, 2] });
  });
});
