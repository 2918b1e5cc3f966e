import { describe, expect, it } from 'vitest';
import { rule219 } from './219.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('219', () => {
  it('fails a placement type the provider is not registered for', () => {
    const providers = providerList(
      provider('1', { placeCodes: ['U4', 'U5', 'U6'] }),
      provider('2', { placeCodes: ['K2'] }),
      provider('2', { placeCodes: ['S1'] }), // on both lists: each row is checked, as the validator's merge
      provider('3'), // no codes
    );
    const Episodes = [
      { CHILD: 'a', PLACE: 'U5', URN: '1' }, // pass
      { CHILD: 'a', PLACE: 'K2', URN: '1' }, // fail: not a U code
      { CHILD: 'b', PLACE: 'S1', URN: '2' }, // fail: the first row does not have S1
      { CHILD: 'b', PLACE: 'R1', URN: '2' }, // fail on both rows
      { CHILD: 'c', PLACE: 'K2', URN: '3' }, // fail: provider with no codes
      { CHILD: 'c', PLACE: '', URN: '1' }, // fail: no PLACE
      { CHILD: 'd', PLACE: 'K2', URN: '4' }, // fail: on no list
      { CHILD: 'd', PLACE: 'K2', URN: 'XXXXXXX' }, // pass: placeholder
      { CHILD: 'd', PLACE: 'K2', URN: '' }, // pass: no URN
    ];
    expect(rule219.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 2, 3, 4, 5, 6] });
  });
});
