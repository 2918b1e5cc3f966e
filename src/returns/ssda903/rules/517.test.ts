import { describe, expect, it } from 'vitest';
import { rule517 } from './517.ts';
import { dataB } from './helpers-b.ts';

describe('517', () => {
  it('fails L3 adopters with another sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MM' },
      { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MM' },
      { LS_ADOPTR: 'L3', SEX_ADOPTR: '' },
    ];
    expect(rule517.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule517.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
