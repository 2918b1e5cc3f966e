import { describe, expect, it } from 'vitest';
import { rule584 } from './584.ts';
import { dataC } from './helpers-c.ts';

describe('584', () => {
  it('flags a decision not later than last year’s ceased one', () => {
    const now = [
      { CHILD: '1', DATE_PLACED: '01/02/2025' }, // same as last year
      { CHILD: '2', DATE_PLACED: '01/02/2024' }, // earlier
      { CHILD: '3', DATE_PLACED: '02/02/2025' }, // later: fine
      { CHILD: '4', DATE_PLACED: '' }, // blank
      { CHILD: '5', DATE_PLACED: '01/01/2025' }, // last year not ceased
    ];
    const last = [
      { CHILD: '1', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: '' },
      { CHILD: '2', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
      {
        CHILD: '3',
        DATE_PLACED: '01/02/2025',
        DATE_PLACED_CEASED: '01/03/2025',
        REASON_PLACED_CEASED: 'RD1',
      },
      {
        CHILD: '4',
        DATE_PLACED: '01/02/2025',
        DATE_PLACED_CEASED: '01/03/2025',
        REASON_PLACED_CEASED: 'RD1',
      },
      { CHILD: '5', DATE_PLACED: '01/02/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
    ];
    expect(rule584.validate(dataC({ PlacedAdoption: now }, { PlacedAdoption: last }))).toEqual({
      PlacedAdoption: [0, 1, 3],
    });
    expect(rule584.validate(dataC({ PlacedAdoption: [now[2]!, now[4]!] }, { PlacedAdoption: last }))).toEqual(
      {},
    );
  });
});
