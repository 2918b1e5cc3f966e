import { describe, expect, it } from 'vitest';
import { ruleINT03 } from './INT03.ts';
import { dataC } from './helpers-c.ts';

describe('INT03', () => {
  it('flags Episodes rows of children missing from Header', () => {
    const header = [{ CHILD: '1' }, { CHILD: '2' }];
    const rows = [{ CHILD: '1' }, { CHILD: '3' }, { CHILD: '2' }, { CHILD: '3' }, { CHILD: '' }];
    expect(ruleINT03.validate(dataC({ Header: header, Episodes: rows }))).toEqual({ Episodes: [1, 3, 4] });
    expect(ruleINT03.validate(dataC({ Header: header, Episodes: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
