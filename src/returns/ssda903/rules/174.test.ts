import { describe, expect, it } from 'vitest';
import { rule174 } from './174.ts';
import { testData } from './helpers-a.ts';

describe('174', () => {
  it('fails a male child with a mother’s child date of birth', () => {
    const rows = [
      { CHILD: 'a', SEX: 'M', MC_DOB: '' },
      { CHILD: 'b', SEX: 'F', MC_DOB: '01/05/2025' },
      { CHILD: 'c', SEX: 'M', MC_DOB: '01/05/2025' },
      { CHILD: 'd', SEX: 'U', MC_DOB: '01/05/2025' },
    ];
    expect(rule174.validate(testData({ Header: rows }))).toEqual({ Header: [2] });
  });
});
