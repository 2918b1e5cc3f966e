import { describe, expect, it } from 'vitest';
import { ruleINT09 } from './INT09.ts';
import { dataC } from './helpers-c.ts';

describe('INT09', () => {
  it('flags UASC rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT09.validate(dataC({ Header: header, UASC: rows }))).toEqual({ UASC: [1, 3, 4] });
    expect(ruleINT09.validate(dataC({ Header: header, UASC: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
