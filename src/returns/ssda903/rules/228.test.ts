import { describe, expect, it } from 'vitest';
import { rule228 } from './228.ts';
import { dataRef, provider, providerList } from './helpers-ref.ts';

describe('228', () => {
  it('fails an episode ending after the registration ended, or open past it at 31 March', () => {
    const providers = providerList(
      provider('1', { registrationEnd: '2025-12-25' }),
      provider('2', { registrationEnd: '2026-03-31' }),
      provider('3'),
    );
    const Episodes = [
      { CHILD: 'a', DEC: '25/12/2025', URN: '1' }, // pass: ends on the day
      { CHILD: 'a', DEC: '26/12/2025', URN: '1' }, // fail
      { CHILD: 'b', DEC: '', URN: '1' }, // fail: open at 31 March 2026, closed since 25 December
      { CHILD: 'b', DEC: '', URN: '2' }, // pass: registered until 31 March itself
      { CHILD: 'c', DEC: '30/02/2026', URN: '1' }, // fail: no valid DEC counts as open
      { CHILD: 'c', DEC: '', URN: '3' }, // pass: still registered
      { CHILD: 'c', DEC: '', URN: 'XXXXXXX' }, // pass
    ];
    expect(rule228.validate(dataRef({ Episodes }, { providers }))).toEqual({ Episodes: [1, 2, 4] });
  });
});
