import { describe, expect, it } from 'vitest';
import { rule564 } from './564.ts';
import { dataC } from './helpers-c.ts';

describe('564', () => {
  it('flags M or A periods without a start date', () => {
    const rows = [
      { CHILD: 'a', MISSING: 'M', MIS_START: '' },
      { CHILD: 'a', MISSING: 'A', MIS_START: '01/04/2025' },
      { CHILD: 'b', MISSING: '', MIS_START: '' },
      { CHILD: 'c', MISSING: 'a', MIS_START: '' },
    ];
    expect(rule564.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0, 3] });
    expect(rule564.validate(dataC({ Missing: [rows[1]!] }))).toEqual({});
  });
});
