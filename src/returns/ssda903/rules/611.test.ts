import { describe, expect, it } from 'vitest';
import { rule611 } from './611.ts';
import { dataC } from './helpers-c.ts';

describe('611', () => {
  it('flags a mother without MC_DOB', () => {
    const rows = [
      { CHILD: 'a', MOTHER: '1', MC_DOB: '' },
      { CHILD: 'b', MOTHER: '1', MC_DOB: '29/02/2024' },
      { CHILD: 'c', MOTHER: '0', MC_DOB: '' },
    ];
    expect(rule611.validate(dataC({ Header: rows }))).toEqual({ Header: [0] });
    expect(rule611.validate(dataC({ Header: rows.slice(1) }))).toEqual({});
  });
});
