import { describe, expect, it } from 'vitest';
import { rule151 } from './151.ts';
import { testData } from './helpers-a.ts';

const full = {
  DATE_INT: '01/05/2025',
  DATE_MATCH: '01/06/2025',
  FOSTER_CARE: '0',
  NB_ADOPTR: '1',
  SEX_ADOPTR: 'M1',
  LS_ADOPTR: 'L0',
};

describe('151', () => {
  it('passes all or none of the adoption items and fails a partial set', () => {
    const rows = [
      { CHILD: 'a', ...full },
      {
        CHILD: 'b',
        DATE_INT: '',
        DATE_MATCH: '',
        FOSTER_CARE: '',
        NB_ADOPTR: '',
        SEX_ADOPTR: '',
        LS_ADOPTR: '',
      },
      { CHILD: 'c', ...full, LS_ADOPTR: '' },
      { CHILD: 'd', DATE_INT: '01/05/2025' },
    ];
    expect(rule151.validate(testData({ AD1: rows }))).toEqual({ AD1: [2, 3] });
  });
});
