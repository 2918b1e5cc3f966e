import { describe, expect, it } from 'vitest';
import { rule352 } from './352.ts';
import { dataB } from './helpers-b.ts';

describe('352', () => {
  it('fails a start of care on or after the 18th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '16/03/2005' },
      { CHILD: 'b', DOB: '29/02/2008' },
      { CHILD: 'c', DOB: '01/01/2010' },
    ];
    const Episodes = [
      { CHILD: 'a', RNE: 'S', DECOM: '15/03/2023' },
      { CHILD: 'a', RNE: 'P', DECOM: '20/03/2023' },
      { CHILD: 'b', RNE: 'S', DECOM: '28/02/2026' },
      { CHILD: 'c', RNE: 'S', DECOM: '01/01/2025' },
    ];
    expect(rule352.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [2] });
    expect(rule352.validate(dataB({ Header, Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });
});
