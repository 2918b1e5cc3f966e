import { describe, expect, it } from 'vitest';
import { rule167 } from './167.ts';
import { testData } from './helpers-a.ts';

describe('167', () => {
  it('requires a valid participation code with a review date, and none without', () => {
    const rows = [
      { CHILD: 'a', REVIEW: '01/05/2025', REVIEW_CODE: 'PN0' },
      { CHILD: 'a', REVIEW: '', REVIEW_CODE: '' },
      { CHILD: 'a', REVIEW: '01/05/2025', REVIEW_CODE: 'pn1' },
      { CHILD: 'a', REVIEW: '01/05/2025', REVIEW_CODE: '' },
      { CHILD: 'a', REVIEW: '', REVIEW_CODE: 'PN3' },
      { CHILD: 'a', REVIEW: '01/05/2025', REVIEW_CODE: 'PN8' },
    ];
    expect(rule167.validate(testData({ Reviews: rows }))).toEqual({ Reviews: [2, 3, 4, 5] });
  });
});
