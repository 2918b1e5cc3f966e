import { describe, expect, it } from 'vitest';
import { rule440 } from './440.ts';
import { dataB } from './helpers-b.ts';

describe('440', () => {
  it('fails PN0 reviews after the 4th birthday', () => {
    const Reviews = [
      { DOB: '01/01/2021', REVIEW: '01/01/2025', REVIEW_CODE: 'PN0' },
      { DOB: '01/01/2021', REVIEW: '02/01/2025', REVIEW_CODE: 'PN0' },
      { DOB: '29/02/2020', REVIEW: '29/02/2024', REVIEW_CODE: 'PN0' },
      { DOB: '01/01/2010', REVIEW: '', REVIEW_CODE: 'PN0' },
      { DOB: '01/01/2010', REVIEW: '01/01/2025', REVIEW_CODE: 'PN1' },
    ];
    expect(rule440.validate(dataB({ Reviews }))).toEqual({ Reviews: [1] });
    expect(rule440.validate(dataB({ Reviews: [Reviews[0]!, Reviews[2]!, Reviews[3]!] }))).toEqual({});
  });
});
