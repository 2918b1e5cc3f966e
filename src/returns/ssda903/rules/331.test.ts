import { describe, expect, it } from 'vitest';
import { rule331 } from './331.ts';
import { dataB } from './helpers-b.ts';

describe('331', () => {
  it('fails a match after the adoption episode started, passes same day and non-adoption episodes', () => {
    const AD1 = [
      { CHILD: 'a', DATE_MATCH: '01/01/2020' },
      { CHILD: 'b', DATE_MATCH: '02/06/2020' },
      { CHILD: 'c', DATE_MATCH: '' },
      { CHILD: 'd', DATE_MATCH: '01/03/2024' },
    ];
    const Episodes = [
      { CHILD: 'a', DECOM: '01/01/2020', REC: 'E12' },
      { CHILD: 'b', DECOM: '01/06/2020', REC: 'E11' },
      { CHILD: 'c', DECOM: '01/06/2020', REC: 'E11' },
      { CHILD: 'd', DECOM: '29/02/2024', REC: 'X1' },
    ];
    expect(rule331.validate(dataB({ AD1, Episodes }))).toEqual({ AD1: [1], Episodes: [1] });
    expect(rule331.validate(dataB({ AD1: AD1.slice(0, 1), Episodes }))).toEqual({});
  });
});
