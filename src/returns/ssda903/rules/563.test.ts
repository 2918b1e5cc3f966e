import { describe, expect, it } from 'vitest';
import { rule563 } from './563.ts';
import { dataC } from './helpers-c.ts';

describe('563', () => {
  it('flags ceased decisions without a decision date', () => {
    const rows = [
      { CHILD: 'a', DATE_PLACED: '', DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: 'RD1' },
      {
        CHILD: 'b',
        DATE_PLACED: '01/01/2025',
        DATE_PLACED_CEASED: '01/05/2025',
        REASON_PLACED_CEASED: 'RD1',
      },
      { CHILD: 'c', DATE_PLACED: '', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
    ];
    expect(rule563.validate(dataC({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [0] });
    expect(rule563.validate(dataC({ PlacedAdoption: rows.slice(1) }))).toEqual({});
  });
});
