import { describe, expect, it } from 'vitest';
import { rule524 } from './524.ts';
import { dataB } from './helpers-b.ts';

describe('524', () => {
  it('fails L12 adopters with another sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L12', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L12', SEX_ADOPTR: '' },
    ];
    expect(rule524.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule524.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
