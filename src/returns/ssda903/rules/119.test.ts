import { describe, expect, it } from 'vitest';
import { rule119 } from './119.ts';
import { testData } from './helpers-a.ts';

describe('119', () => {
  it('fails when only one of the ceased date and reason is given', () => {
    const rows = [
      { CHILD: 'a', DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: 'RD1' },
      { CHILD: 'b', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      { CHILD: 'c', DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: '' },
      { CHILD: 'd', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD2' },
    ];
    expect(rule119.validate(testData({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [2, 3] });
  });
});
