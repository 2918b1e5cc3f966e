import { describe, expect, it } from 'vitest';
import { byChild, date, groupsOf, ofChild, perTable } from './rule.ts';
import type { Row } from './spec.ts';

describe('date', () => {
  it('reads DD/MM/YYYY as an ISO date, the same however often it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(date('07/12/2026')).toBe('2026-12-07');
      expect(date('29/02/2024')).toBe('2024-02-29');
      expect(date('31/12/1900')).toBe('1900-12-31');
      expect(date('01/01/2199')).toBe('2199-01-01');
    }
  });

  it('gives null for dates that do not exist, asked once or again', () => {
    for (let i = 0; i < 2; i++) {
      expect(date('29/02/2023')).toBeNull();
      expect(date('29/02/2100')).toBeNull();
      expect(date('31/04/2025')).toBeNull();
      expect(date('00/01/2025')).toBeNull();
      expect(date('32/01/2025')).toBeNull();
      expect(date('01/00/2025')).toBeNull();
      expect(date('01/13/2025')).toBeNull();
    }
  });

  it('reads a day or month of one digit as the DfE validator does (pandas, %d/%m/%Y)', () => {
    expect(date('1/4/2025')).toBe('2025-04-01');
    expect(date('01/4/2025')).toBe('2025-04-01');
    expect(date('9/12/2025')).toBe('2025-12-09');
    expect(date('29/2/2024')).toBe('2024-02-29');
    expect(date('29/2/2023')).toBeNull();
    expect(date('31/4/2025')).toBeNull();
    expect(date('1/4/25')).toBeNull();
    expect(date('001/4/2025')).toBeNull();
  });

  it('reads years outside 1900-2199 within the dates pandas can hold (22/09/1677 to 11/04/2262)', () => {
    expect(date('31/12/1899')).toBe('1899-12-31');
    expect(date('22/09/1677')).toBe('1677-09-22');
    expect(date('11/04/2262')).toBe('2262-04-11');
    for (const cell of ['21/09/1677', '12/04/2262', '29/02/2400', '01/01/0000'])
      expect(date(cell), cell).toBeNull();
  });

  it('reads spaces as pandas does (%d/%m/%Y): none around the date, a space only before a one-digit day', () => {
    expect(date(' 1/04/2025')).toBe('2025-04-01');
    expect(date(' 1/4/2025')).toBe('2025-04-01');
    for (const cell of [
      ' 01/04/2025',
      '01/04/2025 ',
      ' 01/04/2025 ',
      '01/04/2025\t',
      '01/ 4/2025',
      '1 /04/2025',
    ])
      expect(date(cell), JSON.stringify(cell)).toBeNull();
  });

  it('gives null for blanks and other forms', () => {
    for (const cell of [
      undefined,
      '',
      ' ',
      '2025-04-01',
      '01-04-2025',
      '01/04/25',
      'a1/04/2025',
      '01/04/202x',
      '01/04/2025x',
      '01/04/2025 00:00',
      '01/04/2025 00:00:00',
    ])
      expect(date(cell)).toBeNull();
  });
});

describe('perTable', () => {
  it('work out a table once and give every later caller the same result', () => {
    const rows: Row[] = [{ DECOM: '01/04/2025' }, { DECOM: '' }];
    let made = 0;
    const first = perTable(rows, 'count', () => ++made);
    expect(perTable(rows, 'count', () => ++made)).toBe(first);
    expect(made).toBe(1);
    expect(perTable([...rows], 'count', () => ++made)).toBe(2);
  });
});

describe('byChild and ofChild', () => {
  it("group a table's rows by child in file order, with their indexes, whether or not a child's rows follow one another", () => {
    const rows: Row[] = ['A', 'A', 'B', 'A', '', 'B', 'C'].map((CHILD, i) => ({ CHILD, N: String(i) }));
    rows.push({ N: '7' });
    const groups = byChild(rows);
    expect([...groups].map(([child, list]) => [child, list.map((e) => e.index)])).toEqual([
      ['A', [0, 1, 3]],
      ['B', [2, 5]],
      ['', [4, 7]],
      ['C', [6]],
    ]);
    for (const list of groups.values()) for (const e of list) expect(e.row).toBe(rows[e.index]);
    expect(byChild(rows)).toBe(groups);
    expect(groups.size).toBe(4);
    expect(groups.has('B') && !groups.has('Z')).toBe(true);
    expect([...groups.keys()]).toEqual(['A', 'B', '', 'C']);
    expect([...groups.values()].map((list) => list.length)).toEqual([3, 2, 2, 1]);
    const seen: string[] = [];
    groups.forEach((list, child) => seen.push(`${child}:${list.map((e) => e.row.N).join('')}`));
    expect(seen).toEqual(['A:013', 'B:25', ':47', 'C:6']);
    expect(groups.get('A')).toEqual(groups.get('A'));
    expect(ofChild(rows, 'B').map((e) => e.row.N)).toEqual(['2', '5']);
    expect(ofChild(rows, undefined).map((e) => e.index)).toEqual([4, 7]);
    expect(ofChild(rows, 'Z')).toEqual([]);
  });

  it('give each child’s rows seen through a function, made when asked (groupsOf)', () => {
    const rows: Row[] = ['A', 'B', 'A'].map((CHILD, i) => ({ CHILD, N: String(i) }));
    const seen = groupsOf(rows, (row, index) => `${row.N}@${index}`);
    expect(seen.get('A')).toEqual(['0@0', '2@2']);
    expect(seen.get('Z')).toBeUndefined();
    expect([...seen]).toEqual([
      ['A', ['0@0', '2@2']],
      ['B', ['1@1']],
    ]);
    expect([...seen.values()]).toEqual([['0@0', '2@2'], ['1@1']]);
    expect(seen.size === 2 && seen.has('B') && [...seen.keys()].join() === 'A,B').toBe(true);
  });
});
