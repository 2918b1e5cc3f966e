import { describe, expect, it } from 'vitest';
import { rule523 } from './523.ts';
import { dataB } from './helpers-b.ts';

describe('523', () => {
  it('fails different decision dates in PlacedAdoption and AD1', () => {
    const PlacedAdoption = [
      { CHILD: 'a', DATE_PLACED: '29/02/2024' },
      { CHILD: 'b', DATE_PLACED: '22/06/2025' },
      { CHILD: 'c', DATE_PLACED: '' },
    ];
    const AD1 = [
      { CHILD: 'a', DATE_INT: '29/02/2024' },
      { CHILD: 'b', DATE_INT: '22/07/2025' },
      { CHILD: 'c', DATE_INT: '01/01/2025' },
    ];
    expect(rule523.validate(dataB({ PlacedAdoption, AD1 }))).toEqual({ PlacedAdoption: [1], AD1: [1] });
    expect(
      rule523.validate(dataB({ PlacedAdoption: [PlacedAdoption[0]!, PlacedAdoption[2]!], AD1 })),
    ).toEqual({});
  });
});
