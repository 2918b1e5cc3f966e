import { describe, expect, it } from 'vitest';
import { rule227 } from './227.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('227', () => {
  it('fails an episode starting on or after the end of the provider’s registration', () => {
    const providers = providerList(
      provider('1', { registrationEnd: '2025-12-25' }),
      provider('2'), // still registered
      provider('3', { registrationEnd: '2024-02-29' }),
    );
    const Episodes = [
      { CHILD: 'a', DECOM: '24/12/2025', URN: '1' }, // pass: the day before
      { CHILD: 'a', DECOM: '25/12/2025', URN: '1' }, // fail: the day itself
      { CHILD: 'b', DECOM: '01/01/2026', URN: '2' }, // pass: still registered
      { CHILD: 'b', DECOM: '01/03/2024', URN: '3' }, // fail: after 29 February
      { CHILD: 'c', DECOM: '28/02/2024', URN: '3' }, // pass
      { CHILD: 'c', DECOM: '31/02/2026', URN: '1' }, // pass: no valid DECOM
      { CHILD: 'c', DECOM: '01/01/2026', URN: '9' }, // pass: on no list (1008's)
    ];
    expect(rule227.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 3] });
  });
});
