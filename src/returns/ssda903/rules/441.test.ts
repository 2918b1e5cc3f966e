import { describe, expect, it } from 'vitest';
import { rule441 } from './441.ts';
import { dataB } from './helpers-b.ts';

describe('441', () => {
  it('fails PN1-PN7 reviews before the 4th birthday', () => {
    const Reviews = [
      { DOB: '01/01/2021', REVIEW: '01/01/2025', REVIEW_CODE: 'PN1' },
      { DOB: '01/01/2021', REVIEW: '31/12/2024', REVIEW_CODE: 'PN7' },
      { DOB: '29/02/2020', REVIEW: '28/02/2024', REVIEW_CODE: 'PN3' },
      { DOB: '01/01/2024', REVIEW: '', REVIEW_CODE: 'PN2' },
      { DOB: '01/01/2024', REVIEW: '01/01/2025', REVIEW_CODE: 'PN0' },
    ];
    expect(rule441.validate(dataB({ Reviews }))).toEqual({ Reviews: [1, 2] });
    expect(rule441.validate(dataB({ Reviews: [Reviews[0]!, Reviews[3]!, Reviews[4]!] }))).toEqual({});
  });
});
