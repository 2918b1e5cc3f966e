import { describe, expect, it } from 'vitest';
import { ruleINT01 } from './INT01.ts';
import { dataC } from './helpers-c.ts';

describe('INT01', () => {
  it('flags AD1 rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT01.validate(dataC({ Header: header, AD1: rows }))).toEqual({ AD1: [1, 3, 4] });
    expect(ruleINT01.validate(dataC({ Header: header, AD1: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
