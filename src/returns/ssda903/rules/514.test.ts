import { describe, expect, it } from 'vitest';
import { rule514 } from './514.ts';
import { dataB } from './helpers-b.ts';

describe('514', () => {
  it('fails a single adopter with a couple sex code', () => {
    const AD1 = [
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'M1' },
      { LS_ADOPTR: 'L2', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' },
      { LS_ADOPTR: 'L0', SEX_ADOPTR: '' },
    ];
    expect(rule514.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule514.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
