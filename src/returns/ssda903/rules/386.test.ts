import { describe, expect, it } from 'vitest';
import { rule386 } from './386.ts';
import { dataB } from './helpers-b.ts';

describe('386', () => {
  it('fails adoptions on or after the 18th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '16/03/2007' },
      { CHILD: 'b', DOB: '29/02/2008' },
      { CHILD: 'c', DOB: '29/02/2008' },
    ];
    const Episodes = [
      { CHILD: 'a', REC: 'E11', DEC: '15/03/2025' },
      { CHILD: 'b', REC: 'E12', DEC: '28/02/2026' },
      { CHILD: 'c', REC: 'E12', DEC: '27/02/2026' },
      { CHILD: 'a', REC: 'E11', DEC: '' },
      { CHILD: 'z', REC: 'E11', DEC: '01/01/2026' },
    ];
    expect(rule386.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule386.validate(dataB({ Header, Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
