import { describe, expect, it } from 'vitest';
import { rule520 } from './520.ts';
import { dataB } from './helpers-b.ts';

describe('520', () => {
  it('fails L11 adopters with another sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'FF' },
      { LS_ADOPTR: 'L11', SEX_ADOPTR: 'FF' },
      { LS_ADOPTR: 'L11', SEX_ADOPTR: '' },
    ];
    expect(rule520.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule520.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
