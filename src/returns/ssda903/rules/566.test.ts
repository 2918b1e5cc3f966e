import { describe, expect, it } from 'vitest';
import { rule566 } from './566.ts';
import { dataC } from './helpers-c.ts';

describe('566', () => {
  it('flags an end date without MISSING', () => {
    const rows = [
      { CHILD: 'a', MISSING: '', MIS_END: '31/03/2026' },
      { CHILD: 'a', MISSING: 'M', MIS_END: '31/03/2026' },
      { CHILD: 'b', MISSING: '', MIS_END: '' },
    ];
    expect(rule566.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0] });
    expect(rule566.validate(dataC({ Missing: rows.slice(1) }))).toEqual({});
  });
});
