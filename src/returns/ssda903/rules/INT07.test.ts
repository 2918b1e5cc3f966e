import { describe, expect, it } from 'vitest';
import { ruleINT07 } from './INT07.ts';
import { dataC } from './helpers-c.ts';

describe('INT07', () => {
  it('flags PrevPerm rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT07.validate(dataC({ Header: header, PrevPerm: rows }))).toEqual({ PrevPerm: [1, 3, 4] });
    expect(ruleINT07.validate(dataC({ Header: header, PrevPerm: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
