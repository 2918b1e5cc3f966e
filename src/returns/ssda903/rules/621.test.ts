import { describe, expect, it } from 'vitest';
import { rule621 } from './621.ts';
import { dataC } from './helpers-c.ts';

describe('621', () => {
  it('flags a first child born on or before the mother', () => {
    const rows = [
      { CHILD: 'a', DOB: '29/02/2008', MC_DOB: '29/02/2008' },
      { CHILD: 'b', DOB: '29/02/2008', MC_DOB: '01/03/2024' },
      { CHILD: 'c', DOB: '', MC_DOB: '01/03/2024' }, // flagged as in the reference validator
      { CHILD: 'd', DOB: '01/01/2008', MC_DOB: '' },
    ];
    expect(rule621.validate(dataC({ Header: rows }))).toEqual({ Header: [0, 2] });
    expect(rule621.validate(dataC({ Header: [rows[1]!, rows[3]!] }))).toEqual({});
  });
});
