import { describe, expect, it } from 'vitest';
import { rule586 } from './586.ts';
import { dataC } from './helpers-c.ts';

describe('586', () => {
  it('flags a start on or before the date of birth', () => {
    const rows = [
      { CHILD: 'a', DOB: '29/02/2012', MIS_START: '29/02/2012' },
      { CHILD: 'b', DOB: '29/02/2012', MIS_START: '01/03/2012' },
      { CHILD: 'c', DOB: '01/01/2012', MIS_START: '31/12/2011' },
      { CHILD: 'd', DOB: '01/01/2012', MIS_START: '' },
    ];
    expect(rule586.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0, 2] });
    expect(rule586.validate(dataC({ Missing: [rows[1]!, rows[3]!] }))).toEqual({});
  });
});
