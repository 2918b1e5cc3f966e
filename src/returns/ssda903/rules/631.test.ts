import { describe, expect, it } from 'vitest';
import { rule631 } from './631.ts';
import { dataC } from './helpers-c.ts';

describe('631', () => {
  it('flags codes other than P1-P4 and Z1; blank passes', () => {
    const rows = [
      { PREV_PERM: 'P0' },
      { PREV_PERM: 'P1' },
      { PREV_PERM: 'p1' },
      { PREV_PERM: '' },
      { PREV_PERM: 'Z1' },
    ];
    expect(rule631.validate(dataC({ PrevPerm: rows }))).toEqual({ PrevPerm: [0, 2] });
    expect(rule631.validate(dataC({ PrevPerm: [rows[1]!, rows[3]!] }))).toEqual({});
  });
});
