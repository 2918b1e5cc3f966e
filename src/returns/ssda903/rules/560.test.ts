import { describe, expect, it } from 'vitest';
import { rule560 } from './560.ts';
import { dataC } from './helpers-c.ts';

describe('560', () => {
  it('flags a changed decision date when last year’s decision had not ceased', () => {
    const now = [
      { CHILD: 'a', DATE_PLACED: '02/01/2025' },
      { CHILD: 'b', DATE_PLACED: '02/01/2025' },
      { CHILD: 'c', DATE_PLACED: '01/01/2025' },
      { CHILD: 'd', DATE_PLACED: '' },
    ];
    const last = [
      { CHILD: 'a', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '' },
      { CHILD: 'b', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '01/02/2025' },
      { CHILD: 'c', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '' },
      { CHILD: 'd', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '' },
    ];
    expect(rule560.validate(dataC({ PlacedAdoption: now }, { PlacedAdoption: last }))).toEqual({
      PlacedAdoption: [0, 3],
    });
  });
  it('passes an unchanged decision', () => {
    const row = { CHILD: 'a', DATE_PLACED: '29/02/2024', DATE_PLACED_CEASED: '' };
    expect(rule560.validate(dataC({ PlacedAdoption: [row] }, { PlacedAdoption: [row] }))).toEqual({});
  });
});
