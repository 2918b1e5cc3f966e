import { describe, expect, it } from 'vitest';
import { ruleINT12 } from './INT12.ts';
import { dataC } from './helpers-c.ts';

describe('INT12', () => {
  it('flags PlacedAdoption rows whose DOB differs from Header', () => {
    const header = [
      { CHILD: '1', DOB: '29/02/2012' },
      { CHILD: '2', DOB: '01/01/2012' },
      { CHILD: '3', DOB: '' },
    ];
    const rows = [
      { CHILD: '1', DOB: '29/02/2012' },
      { CHILD: '2', DOB: '02/01/2012' }, // differs
      { CHILD: '2', DOB: '' }, // blank: not compared
      { CHILD: '3', DOB: '01/01/2012' }, // Header blank: not compared
      { CHILD: '4', DOB: '01/01/2012' }, // not in Header
      { CHILD: '1', DOB: '01/03/2012' }, // differs
    ];
    expect(ruleINT12.validate(dataC({ Header: header, PlacedAdoption: rows }))).toEqual({
      PlacedAdoption: [1, 5],
    });
    expect(
      ruleINT12.validate(dataC({ Header: header, PlacedAdoption: [rows[0]!, rows[2]!, rows[3]!, rows[4]!] })),
    ).toEqual({});
  });
});
