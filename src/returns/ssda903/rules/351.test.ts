import { describe, expect, it } from 'vitest';
import { rule351 } from './351.ts';
import { dataB } from './helpers-b.ts';

describe('351', () => {
  it('fails a child over 25 at 1 April of the collection year', () => {
    const Header = [
      { DOB: '' },
      { DOB: '01/04/2000' },
      { DOB: '31/03/2000' },
      { DOB: '29/02/2000' },
      { DOB: '01/01/2015' },
    ];
    expect(rule351.validate(dataB({ Header }))).toEqual({ Header: [2, 3] });
    expect(rule351.validate(dataB({ Header: [Header[1]!, Header[4]!] }))).toEqual({});
  });
});
