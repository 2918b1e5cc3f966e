import { describe, expect, it } from 'vitest';
import { rule511 } from './511.ts';
import { dataB } from './helpers-b.ts';

describe('511', () => {
  it('fails two adopters recorded with a single-adopter code', () => {
    const AD1 = [
      { NB_ADOPTR: '2', SEX_ADOPTR: 'MM' },
      { NB_ADOPTR: '2', SEX_ADOPTR: 'M1' },
      { NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
      { NB_ADOPTR: '2', SEX_ADOPTR: '' },
    ];
    expect(rule511.validate(dataB({ AD1 }))).toEqual({ AD1: [1] });
    expect(rule511.validate(dataB({ AD1: [AD1[0]!, AD1[2]!, AD1[3]!] }))).toEqual({});
  });
});
