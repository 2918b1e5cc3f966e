import { describe, expect, it } from 'vitest';
import { rule358 } from './358.ts';
import { dataB } from './helpers-b.ts';

describe('358', () => {
  it('fails a youth justice legal status starting on or before the 10th birthday', () => {
    const Header = [
      { CHILD: 'a', DOB: '01/01/2015' },
      { CHILD: 'b', DOB: '29/02/2016' },
      { CHILD: 'c', DOB: '01/01/2014' },
      { CHILD: 'd', DOB: '' },
    ];
    const Episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', LS: 'J1' },
      { CHILD: 'b', DECOM: '01/03/2026', LS: 'J2' },
      { CHILD: 'c', DECOM: '01/01/2024', LS: 'C2' },
      { CHILD: 'd', DECOM: '01/01/2024', LS: 'J3' },
    ];
    expect(rule358.validate(dataB({ Header, Episodes }))).toEqual({ Episodes: [0], Header: [0] });
    expect(rule358.validate(dataB({ Header, Episodes: Episodes.slice(1) }))).toEqual({});
  });
});
