import { describe, expect, it } from 'vitest';
import { rule565 } from './565.ts';
import { dataC } from './helpers-c.ts';

describe('565', () => {
  it('flags a start date without MISSING', () => {
    const rows = [
      { CHILD: 'a', MISSING: '', MIS_START: '01/04/2025' },
      { CHILD: 'a', MISSING: 'A', MIS_START: '01/04/2025' },
      { CHILD: 'b', MISSING: '', MIS_START: '' },
    ];
    expect(rule565.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0] });
    expect(rule565.validate(dataC({ Missing: rows.slice(1) }))).toEqual({});
  });
});
