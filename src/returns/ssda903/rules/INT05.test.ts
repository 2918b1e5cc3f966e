import { describe, expect, it } from 'vitest';
import { ruleINT05 } from './INT05.ts';
import { dataC } from './helpers-c.ts';

describe('INT05', () => {
  it('flags OC2 rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT05.validate(dataC({ Header: header, OC2: rows }))).toEqual({ OC2: [1, 3, 4] });
    expect(ruleINT05.validate(dataC({ Header: header, OC2: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
