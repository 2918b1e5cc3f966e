import { describe, expect, it } from 'vitest';
import { rule635 } from './635.ts';
import { dataC } from './helpers-c.ts';

describe('635', () => {
  it('flags LA_PERM or DATE_PERM without PREV_PERM', () => {
    const rows = [
      { PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
      { PREV_PERM: '', LA_PERM: '352', DATE_PERM: '' },
      { PREV_PERM: '', LA_PERM: '', DATE_PERM: '01/05/2000' },
      { PREV_PERM: '', LA_PERM: '', DATE_PERM: '' },
      { PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '05/05/2020' },
    ];
    expect(rule635.validate(dataC({ PrevPerm: rows }))).toEqual({ PrevPerm: [1, 2] });
    expect(rule635.validate(dataC({ PrevPerm: [rows[0]!, rows[3]!, rows[4]!] }))).toEqual({});
  });
});
