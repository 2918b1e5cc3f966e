import { describe, expect, it } from 'vitest';
import { rule202 } from './202.ts';
import { testData } from './helpers-a.ts';

describe('202', () => {
  it('fails a sex that differs from last year', () => {
    const header = [
      { CHILD: 'a', SEX: 'M' },
      { CHILD: 'b', SEX: 'F' },
      { CHILD: 'c', SEX: '' },
      { CHILD: 'd', SEX: 'F' },
      { CHILD: 'e', SEX: '' },
    ];
    const last = [
      { CHILD: 'a', SEX: 'M' },
      { CHILD: 'b', SEX: 'M' },
      { CHILD: 'c', SEX: 'F' },
      { CHILD: 'e', SEX: '' },
    ];
    expect(rule202.validate(testData({ Header: header }, { Header: last }))).toEqual({ Header: [1, 2] });
  });
});
