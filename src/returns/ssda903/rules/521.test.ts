import { describe, expect, it } from 'vitest';
import { rule521 } from './521.ts';
import { dataB } from './helpers-b.ts';

describe('521', () => {
  it('fails a placement for adoption before the date should be placed', () => {
    const AD1 = [
      { CHILD: 'a', DATE_INT: '01/03/2024' },
      { CHILD: 'b', DATE_INT: '29/02/2024' },
      { CHILD: 'c', DATE_INT: '' },
    ];
    const Episodes = [
      { CHILD: 'a', DECOM: '29/02/2024', PLACE: 'A6' },
      { CHILD: 'a', DECOM: '01/01/2024', PLACE: 'U1' },
      { CHILD: 'b', DECOM: '29/02/2024', PLACE: 'A3' },
      { CHILD: 'c', DECOM: '01/01/2020', PLACE: 'A4' },
    ];
    expect(rule521.validate(dataB({ Episodes, AD1 }))).toEqual({ Episodes: [0], AD1: [0] });
    expect(rule521.validate(dataB({ Episodes: Episodes.slice(1), AD1 }))).toEqual({});
  });
});
