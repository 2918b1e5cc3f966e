import { describe, expect, it } from 'vitest';
import { rule134 } from './134.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

describe('134', () => {
  it('fails adoption data for a child with care leaver data', () => {
    const oc3 = [
      { CHILD: 'a', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'b', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
      { CHILD: 'c', IN_TOUCH: '', ACTIV: '', ACCOM: 'B1' },
    ];
    const ad1: Row[] = [
      { CHILD: 'a', DATE_INT: '01/05/2025' },
      { CHILD: 'b', DATE_INT: '01/05/2025' },
      { CHILD: 'c', DATE_INT: '' },
      { CHILD: 'd', LS_ADOPTR: 'L0' },
    ];
    expect(rule134.validate(testData({ OC3: oc3, AD1: ad1 }))).toEqual({ AD1: [0] });
  });
});
