import { describe, expect, it } from 'vitest';
import { rule460 } from './460.ts';
import { dataB } from './helpers-b.ts';

describe('460', () => {
  it('fails staying put before the 18th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '16/03/2007' },
      { CHILD: 'b', DOB: '29/02/2008' },
      { CHILD: 'c', DOB: '' },
    ];
    const Episodes = [
      { CHILD: 'a', REC: 'E17', DEC: '16/03/2025' },
      { CHILD: 'b', REC: 'E17', DEC: '27/02/2026' },
      { CHILD: 'b', REC: 'E17', DEC: '28/02/2026' },
      { CHILD: 'c', REC: 'E17', DEC: '01/01/2026' },
      { CHILD: 'a', REC: 'X1', DEC: '01/01/2024' },
    ];
    expect(rule460.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [1] });
    expect(rule460.validate(dataB({ Header, Episodes: Episodes.filter((_, i) => i !== 1) }))).toEqual({});
  });
});
