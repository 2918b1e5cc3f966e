import { describe, expect, it } from 'vitest';
import { rule561 } from './561.ts';
import { dataC } from './helpers-c.ts';

describe('561', () => {
  it('flags a repeated decision date that last year showed as ceased', () => {
    const now = [
      { CHILD: 'a', DATE_PLACED: '01/01/2025' },
      { CHILD: 'b', DATE_PLACED: '01/01/2025' },
      { CHILD: 'c', DATE_PLACED: '02/01/2025' },
      { CHILD: 'd', DATE_PLACED: '' },
    ];
    const last = [
      { CHILD: 'a', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
      { CHILD: 'b', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      {
        CHILD: 'c',
        DATE_PLACED: '01/01/2025',
        DATE_PLACED_CEASED: '01/02/2025',
        REASON_PLACED_CEASED: 'RD1',
      },
      { CHILD: 'd', DATE_PLACED: '', DATE_PLACED_CEASED: '01/02/2025', REASON_PLACED_CEASED: 'RD1' },
    ];
    expect(rule561.validate(dataC({ PlacedAdoption: now }, { PlacedAdoption: last }))).toEqual({
      PlacedAdoption: [0],
    });
  });
  it('passes when last year’s decision is still open', () => {
    const row = { CHILD: 'a', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' };
    expect(rule561.validate(dataC({ PlacedAdoption: [row] }, { PlacedAdoption: [row] }))).toEqual({});
  });
});
