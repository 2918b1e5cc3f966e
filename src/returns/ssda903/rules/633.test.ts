import { describe, expect, it } from 'vitest';
import { rule633 } from './633.ts';
import { dataC } from './helpers-c.ts';

describe('633', () => {
  it('flags unknown local authority codes', () => {
    const rows = [
      { LA_PERM: '' },
      { LA_PERM: 'SCO' },
      { LA_PERM: '204' },
      { LA_PERM: '458' },
      { LA_PERM: '176' },
    ];
    expect(rule633.validate(dataC({ PrevPerm: rows }))).toEqual({ PrevPerm: [3, 4] });
    expect(rule633.validate(dataC({ PrevPerm: rows.slice(0, 3) }))).toEqual({});
  });
});
