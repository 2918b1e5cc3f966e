import { describe, expect, it } from 'vitest';
import { rule583 } from './583.ts';
import { dataC } from './helpers-c.ts';

describe('583', () => {
  it('flags earlier decisions that were not revoked', () => {
    const rows = [
      { CHILD: '1', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '02/02/2025' },
      { CHILD: '1', DATE_PLACED: '03/02/2025', DATE_PLACED_CEASED: '' }, // latest may be open
      { CHILD: '2', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '' },
      { CHILD: '2', DATE_PLACED: '02/02/2025', DATE_PLACED_CEASED: '' }, // two open: both flagged
      { CHILD: '3', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '02/02/2025' },
      { CHILD: '3', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '' }, // earlier and open
    ];
    expect(rule583.validate(dataC({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [2, 3, 5] });
    expect(rule583.validate(dataC({ PlacedAdoption: rows.slice(0, 2) }))).toEqual({});
  });
  it('flags only the earlier open decisions of rows with no CHILD id', () => {
    // rule_583.py: value_counts() does not count a blank (NaN) CHILD, so the 'more than one open' part
    // leaves them out; drop_duplicates('CHILD') keeps one blank-CHILD row as the latest, as for any child.
    const rows = [
      { CHILD: '', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '' },
      { CHILD: '', DATE_PLACED: '02/02/2025', DATE_PLACED_CEASED: '' },
    ];
    expect(rule583.validate(dataC({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [0] });
  });
});
