import { describe, expect, it } from 'vitest';
import { rule612 } from './612.ts';
import { dataC } from './helpers-c.ts';

describe('612', () => {
  it('flags MC_DOB for a girl not recorded as a mother', () => {
    const rows = [
      { CHILD: 'a', SEX: 'F', MOTHER: '0', MC_DOB: '01/01/2025' },
      { CHILD: 'b', SEX: 'F', MOTHER: '', MC_DOB: 'not a date' },
      { CHILD: 'c', SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2025' },
      { CHILD: 'd', SEX: 'M', MOTHER: '', MC_DOB: '01/01/2025' },
      { CHILD: 'e', SEX: 'F', MOTHER: '0', MC_DOB: '' },
    ];
    expect(rule612.validate(dataC({ Header: rows }))).toEqual({ Header: [0, 1] });
    expect(rule612.validate(dataC({ Header: rows.slice(2) }))).toEqual({});
  });
});
