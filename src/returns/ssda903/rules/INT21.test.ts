import { describe, expect, it } from 'vitest';
import { ruleINT21 } from './INT21.ts';
import { dataC } from './helpers-c.ts';

describe('INT21', () => {
  it('flags UASC rows whose SEX differs from Header', () => {
    const header = [
      { CHILD: '1', SEX: 'M' },
      { CHILD: '2', SEX: 'F' },
      { CHILD: '3', SEX: '' },
    ];
    const rows = [
      { CHILD: '1', SEX: 'M' },
      { CHILD: '2', SEX: 'M' }, // differs
      { CHILD: '2', SEX: '' },
      { CHILD: '3', SEX: 'U' },
      { CHILD: '4', SEX: 'U' },
    ];
    expect(ruleINT21.validate(dataC({ Header: header, UASC: rows }))).toEqual({ UASC: [1] });
    expect(ruleINT21.validate(dataC({ Header: header, UASC: [rows[0]!, rows[2]!] }))).toEqual({});
  });
});
