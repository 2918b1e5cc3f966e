import { describe, expect, it } from 'vitest';
import { rule574 } from './574.ts';
import { dataC } from './helpers-c.ts';

describe('574', () => {
  it('flags periods following an open one, and overlapping periods', () => {
    const rows = [
      { CHILD: '111', MIS_START: '01/06/2025', MIS_END: '05/06/2025' }, // follows the open one below
      { CHILD: '111', MIS_START: '04/06/2025', MIS_END: '' },
      { CHILD: '222', MIS_START: '02/06/2025', MIS_END: '04/06/2025' },
      { CHILD: '222', MIS_START: '03/06/2025', MIS_END: '09/06/2025' }, // overlaps
      { CHILD: '333', MIS_START: '06/06/2025', MIS_END: '08/06/2025' },
      { CHILD: '333', MIS_START: '08/06/2025', MIS_END: '10/06/2025' }, // starts the day the last ended
    ];
    expect(rule574.validate(dataC({ Missing: rows }))).toEqual({ Missing: [0, 3] });
    expect(rule574.validate(dataC({ Missing: rows.slice(4) }))).toEqual({});
  });
  it('does not pair periods with no CHILD id, as the reference compares CHILD with the previous CHILD', () => {
    // rule_574.py: lag_mis['CHILD'] == lag_mis['CHILD_PREV'] is false when both are blank (NaN).
    const rows = [
      { CHILD: '', MIS_START: '01/06/2025', MIS_END: '' },
      { CHILD: '', MIS_START: '04/06/2025', MIS_END: '05/06/2025' },
    ];
    expect(rule574.validate(dataC({ Missing: rows }))).toEqual({});
  });
});
