import { describe, expect, it } from 'vitest';
import { rule203 } from './203.ts';
import { testData } from './helpers-a.ts';

describe('203', () => {
  it('fails a date of birth that differs from last year, comparing as dates', () => {
    const header = [
      { CHILD: 'a', DOB: '29/02/2016' },
      { CHILD: 'b', DOB: '23/09/2016' },
      { CHILD: 'c', DOB: '31/12/19' },
      { CHILD: 'd', DOB: '31/02/2018' },
      { CHILD: 'e', DOB: '01/01/2016' },
    ];
    const last = [
      { CHILD: 'a', DOB: '29/02/2016' },
      { CHILD: 'b', DOB: '22/09/2016' },
      { CHILD: 'c', DOB: '31/12/2019' },
      { CHILD: 'd', DOB: '31/02/2018' }, // both invalid: agree
    ];
    expect(rule203.validate(testData({ Header: header }, { Header: last }))).toEqual({ Header: [1, 2] });
  });
});
