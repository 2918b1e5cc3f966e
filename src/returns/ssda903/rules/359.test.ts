import { describe, expect, it } from 'vitest';
import { rule359 } from './359.ts';
import { dataB } from './helpers-b.ts';

describe('359', () => {
  it('fails open episodes of over-18s unless V2 in K2', () => {
    const Header = [
      { CHILD: 'a', DOB: '01/01/2020' },
      { CHILD: 'b', DOB: '05/06/2006' },
      { CHILD: 'c', DOB: '05/06/2006' },
      { CHILD: 'd', DOB: '31/03/2008' },
      { CHILD: 'e', DOB: '30/03/2008' },
    ];
    const Episodes = [
      { CHILD: 'a', DEC: '', LS: 'C2', PLACE: 'U1' },
      { CHILD: 'b', DEC: '', LS: 'V2', PLACE: 'K2' },
      { CHILD: 'c', DEC: '', LS: 'V2', PLACE: 'K1' },
      { CHILD: 'd', DEC: '', LS: 'C2', PLACE: 'U1' },
      { CHILD: 'e', DEC: '', LS: 'C2', PLACE: 'U1' },
      { CHILD: 'c', DEC: '01/05/2025', LS: 'C2', PLACE: 'U1' },
    ];
    expect(rule359.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [2, 4] });
    expect(rule359.validate(dataB({ Header, Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });
});
