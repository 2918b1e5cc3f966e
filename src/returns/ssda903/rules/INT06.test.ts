import { describe, expect, it } from 'vitest';
import { ruleINT06 } from './INT06.ts';
import { dataC } from './helpers-c.ts';

describe('INT06', () => {
  it('flags OC3 rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT06.validate(dataC({ Header: header, OC3: rows }))).toEqual({ OC3: [1, 3, 4] });
    expect(ruleINT06.validate(dataC({ Header: header, OC3: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
