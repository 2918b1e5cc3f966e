import { describe, expect, it } from 'vitest';
import { rule579 } from './579.ts';
import { dataC } from './helpers-c.ts';

describe('579', () => {
  it('flags a decision after an open one, or before the previous one ceased', () => {
    const rows = [
      { CHILD: '111', DATE_PLACED: '04/06/2025', DATE_PLACED_CEASED: '' }, // overlaps the next row
      { CHILD: '111', DATE_PLACED: '01/06/2025', DATE_PLACED_CEASED: '05/06/2025' },
      { CHILD: '222', DATE_PLACED: '03/06/2025', DATE_PLACED_CEASED: '' },
      { CHILD: '222', DATE_PLACED: '07/06/2025', DATE_PLACED_CEASED: '09/06/2025' }, // previous open
      { CHILD: '333', DATE_PLACED: '01/06/2025', DATE_PLACED_CEASED: '04/06/2025' },
      { CHILD: '333', DATE_PLACED: '04/06/2025', DATE_PLACED_CEASED: '' }, // same day as ceased: fine
    ];
    expect(rule579.validate(dataC({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [0, 3] });
    expect(rule579.validate(dataC({ PlacedAdoption: rows.slice(4) }))).toEqual({});
  });
  it('does not pair decisions with no CHILD id, as the reference compares CHILD with the previous CHILD', () => {
    // rule_579.py: lag_adopt_placed['CHILD'] == lag_adopt_placed['CHILD_PREV'] is false when both are blank.
    const rows = [
      { CHILD: '', DATE_PLACED: '01/06/2025', DATE_PLACED_CEASED: '' },
      { CHILD: '', DATE_PLACED: '04/06/2025', DATE_PLACED_CEASED: '' },
    ];
    expect(rule579.validate(dataC({ PlacedAdoption: rows }))).toEqual({});
  });
});
