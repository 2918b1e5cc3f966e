import { describe, expect, it } from 'vitest';
import { rule224 } from './224.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('224', () => {
  it('fails a placement provider code the provider is not listed with', () => {
    const providers = providerList(
      provider('1', { providerCodes: ['PR1', 'PR3', 'PR4'] }),
      provider('2', { providerCodes: ['PR0'] }),
      provider('3'),
    );
    const Episodes = [
      { CHILD: 'a', PLACE_PROVIDER: 'PR3', URN: '1' }, // pass
      { CHILD: 'a', PLACE_PROVIDER: 'PR2', URN: '1' }, // fail
      { CHILD: 'b', PLACE_PROVIDER: 'PR0', URN: '2' }, // pass
      { CHILD: 'b', PLACE_PROVIDER: 'PR3', URN: '3' }, // fail: no codes
      { CHILD: 'c', PLACE_PROVIDER: '', URN: '1' }, // fail: blank
      { CHILD: 'c', PLACE_PROVIDER: 'PR1', URN: '9' }, // fail: on no list
      { CHILD: 'c', PLACE_PROVIDER: 'PR2', URN: 'XXXXXXX' }, // pass
    ];
    expect(rule224.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 3, 4, 5] });
  });
});
