import { describe, expect, it } from 'vitest';
import { rule519 } from './519.ts';
import { dataB } from './helpers-b.ts';

describe('519', () => {
  it('fails L2 adopters with another sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L2', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'M1' },
      { LS_ADOPTR: 'L2', SEX_ADOPTR: 'M1' },
      { LS_ADOPTR: 'L2', SEX_ADOPTR: '' },
    ];
    expect(rule519.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule519.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
