import { describe, expect, it } from 'vitest';
import { rule333 } from './333.ts';
import { dataB } from './helpers-b.ts';

describe('333', () => {
  it('fails a date should be placed after matching or missing when matched', () => {
    const AD1 = [
      { DATE_INT: '01/06/2020', DATE_MATCH: '01/06/2020' },
      { DATE_INT: '02/06/2020', DATE_MATCH: '' },
      { DATE_INT: '01/03/2024', DATE_MATCH: '29/02/2024' },
      { DATE_INT: '', DATE_MATCH: '05/06/2020' },
    ];
    expect(rule333.validate(dataB({ AD1 }))).toEqual({ AD1: [2, 3] });
    expect(rule333.validate(dataB({ AD1: AD1.slice(0, 2) }))).toEqual({});
  });
});
