import { describe, expect, it } from 'vitest';
import { rule231 } from './231.ts';
import { testData } from './helpers-a.ts';

describe('231', () => {
  it('queries a UASC child under 11 at the collection end', () => {
    const header = [
      { CHILD: 'a', DOB: '01/04/2015' }, // 10 at the end
      { CHILD: 'b', DOB: '31/03/2015' }, // 11 on the end
      { CHILD: 'c', DOB: '01/04/2015' }, // not UASC
    ];
    const uasc = [{ CHILD: 'a' }, { CHILD: 'b' }];
    expect(rule231.validate(testData({ Header: header, UASC: uasc }))).toEqual({ Header: [0] });
    expect(rule231.validate(testData({ Header: header }))).toEqual({});
  });
});
