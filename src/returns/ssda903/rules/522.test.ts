import { describe, expect, it } from 'vitest';
import { rule522 } from './522.ts';
import { dataB } from './helpers-b.ts';

describe('522', () => {
  it('fails a ceased date before the decision date', () => {
    const PlacedAdoption = [
      { DATE_PLACED: '29/02/2024', DATE_PLACED_CEASED: '29/02/2024' },
      { DATE_PLACED: '01/03/2024', DATE_PLACED_CEASED: '29/02/2024' },
      { DATE_PLACED: '', DATE_PLACED_CEASED: '26/05/2020' },
      { DATE_PLACED: '26/05/2020', DATE_PLACED_CEASED: '' },
    ];
    expect(rule522.validate(dataB({ PlacedAdoption }))).toEqual({ PlacedAdoption: [1] });
    expect(rule522.validate(dataB({ PlacedAdoption: [PlacedAdoption[0]!, PlacedAdoption[3]!] }))).toEqual({});
  });
});
