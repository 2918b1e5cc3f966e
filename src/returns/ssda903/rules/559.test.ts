import { describe, expect, it } from 'vitest';
import { rule559 } from './559.ts';
import { dataC } from './helpers-c.ts';

describe('559', () => {
  it('flags decisions before the collection year that last year did not record', () => {
    const now = [
      { CHILD: 'a', DATE_PLACED: '31/03/2025' }, // last year blank
      { CHILD: 'b', DATE_PLACED: '01/04/2025' }, // in year
      { CHILD: 'c', DATE_PLACED: '29/02/2024' }, // recorded last year
      { CHILD: 'd', DATE_PLACED: '01/01/2025' }, // not in last year at all
      { CHILD: 'e', DATE_PLACED: '' },
      { CHILD: 'f', DATE_PLACED: '01/01/2025' }, // last year's date is not a date
    ];
    const last = [
      { CHILD: 'a', DATE_PLACED: '' },
      { CHILD: 'b', DATE_PLACED: '' },
      { CHILD: 'c', DATE_PLACED: '29/02/2024' },
      { CHILD: 'f', DATE_PLACED: '31/02/2024' },
    ];
    expect(rule559.validate(dataC({ PlacedAdoption: now }, { PlacedAdoption: last }))).toEqual({
      PlacedAdoption: [0, 3, 5],
    });
  });
  it('passes an in-year decision', () => {
    expect(
      rule559.validate(
        dataC({ PlacedAdoption: [{ CHILD: 'a', DATE_PLACED: '01/04/2025' }] }, { PlacedAdoption: [] }),
      ),
    ).toEqual({});
  });
});
