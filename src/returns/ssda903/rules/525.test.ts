import { describe, expect, it } from 'vitest';
import { rule525 } from './525.ts';
import { dataB } from './helpers-b.ts';

describe('525', () => {
  it('fails adoption details for a child whose placement for adoption was reversed', () => {
    const PlacedAdoption = [
      { CHILD: 'a', DATE_PLACED_CEASED: '29/02/2024' },
      { CHILD: 'b', DATE_PLACED_CEASED: '22/06/2025' },
      { CHILD: 'c', DATE_PLACED_CEASED: '' },
    ];
    const blank = {
      DATE_INT: '',
      DATE_MATCH: '',
      FOSTER_CARE: '',
      NB_ADOPTR: '',
      SEX_ADOPTR: '',
      LS_ADOPTR: '',
    };
    const AD1 = [
      { ...blank, CHILD: 'a' },
      { ...blank, CHILD: 'b', LS_ADOPTR: 'L0' },
      { ...blank, CHILD: 'c', DATE_INT: '01/01/2025' },
    ];
    expect(rule525.validate(dataB({ PlacedAdoption, AD1 }))).toEqual({ PlacedAdoption: [1], AD1: [1] });
    expect(
      rule525.validate(dataB({ PlacedAdoption: [PlacedAdoption[0]!, PlacedAdoption[2]!], AD1 })),
    ).toEqual({});
  });
});
