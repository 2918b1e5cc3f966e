import { describe, expect, it } from 'vitest';
import { rule184 } from './184.ts';
import { testData } from './helpers-a.ts';

describe('184', () => {
  it('fails a decision before the date of birth, or with no date of birth to compare', () => {
    const header = [
      { CHILD: 'a', DOB: '29/02/2024' },
      { CHILD: 'b', DOB: '29/02/2024' },
      { CHILD: 'c', DOB: '' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '29/02/2024' }, // same day: passes
      { CHILD: 'b', DATE_PLACED: '28/02/2024' },
      { CHILD: 'c', DATE_PLACED: '01/05/2025' },
      { CHILD: 'd', DATE_PLACED: '01/05/2025' },
      { CHILD: 'a', DATE_PLACED: '' },
    ];
    expect(rule184.validate(testData({ Header: header, PlacedAdoption: placed }))).toEqual({
      PlacedAdoption: [1, 2, 3],
    });
  });
});
