import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule2887Q } from './2887Q.ts';

describe('2887Q', () => {
  const rows = (codes: string[]) => codes.map((d, i) => ({ LAchildID: `c${i}`, Disability: d }));
  it('queries the return (Header row 0) when 7 or fewer different codes are used', () => {
    const seven = rows(['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'HEAR', 'NONE', '']);
    expect(rule2887Q.validate(censusE({ Disabilities: seven, Header: [{ Collection: 'CIN' }] }))).toEqual({
      Header: [0],
    });
  });
  it('counts the NONE rows, as the reference does', () => {
    // Reference rule_2887Q.py: keeps the rows where Disability == "NONE" and counts them (<= 7 queries).
    const eightNone = rows(Array.from({ length: 8 }, () => 'NONE'));
    expect(rule2887Q.validate(censusE({ Disabilities: eightNone }))).toEqual({});
    const eight = rows(['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS']);
    expect(rule2887Q.validate(censusE({ Disabilities: eight }))).toEqual({ Header: [0] });
  });
});
