import { describe, expect, it } from 'vitest';
import { ruleINT15 } from './INT15.ts';
import { dataC } from './helpers-c.ts';

describe('INT15', () => {
  it('flags OC3 rows whose DOB differs from Header', () => {
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
    expect(ruleINT15.validate(dataC({ Header: header, OC3: rows }))).toEqual({ OC3: [1, 5] });
    expect(
      ruleINT15.validate(dataC({ Header: header, OC3: [rows[0]!, rows[2]!, rows[3]!, rows[4]!] })),
    ).toEqual({});
  });
});
