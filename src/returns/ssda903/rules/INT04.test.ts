import { describe, expect, it } from 'vitest';
import { ruleINT04 } from './INT04.ts';
import { dataC } from './helpers-c.ts';

describe('INT04', () => {
  it('flags Missing rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT04.validate(dataC({ Header: header, Missing: rows }))).toEqual({ Missing: [1, 3, 4] });
    expect(ruleINT04.validate(dataC({ Header: header, Missing: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
