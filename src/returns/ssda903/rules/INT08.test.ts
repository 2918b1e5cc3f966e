import { describe, expect, it } from 'vitest';
import { ruleINT08 } from './INT08.ts';
import { dataC } from './helpers-c.ts';

describe('INT08', () => {
  it('flags Reviews rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT08.validate(dataC({ Header: header, Reviews: rows }))).toEqual({ Reviews: [1, 3, 4] });
    expect(ruleINT08.validate(dataC({ Header: header, Reviews: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
