import { describe, expect, it } from 'vitest';
import { rule518 } from './518.ts';
import { dataB } from './helpers-b.ts';

describe('518', () => {
  it('fails L4 adopters with another sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L4', SEX_ADOPTR: '' },
    ];
    expect(rule518.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule518.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
