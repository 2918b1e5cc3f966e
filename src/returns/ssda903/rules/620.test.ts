import { describe, expect, it } from 'vitest';
import { rule620 } from './620.ts';
import { dataC } from './helpers-c.ts';

describe('620', () => {
  it('flags mothers under 11 on 1 April', () => {
    const rows = [
      { CHILD: 'a', MOTHER: '1', DOB: '01/04/2014' }, // 11 on 1 April 2025
      { CHILD: 'b', MOTHER: '1', DOB: '02/04/2014' }, // 11 the day after
      { CHILD: 'c', MOTHER: '0', DOB: '01/01/2020' },
      { CHILD: 'd', MOTHER: '1', DOB: '' },
    ];
    expect(rule620.validate(dataC({ Header: rows }))).toEqual({ Header: [1] });
    expect(rule620.validate(dataC({ Header: [rows[0]!, rows[2]!, rows[3]!] }))).toEqual({});
  });
});
