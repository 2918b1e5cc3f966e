import { describe, expect, it } from 'vitest';
import { rule1012 } from './1012.ts';
import { testData } from './helpers-a.ts';

describe('1012', () => {
  it('fails rows in other tables for children with no episodes, in loaded tables only', () => {
    const tables = {
      Episodes: [{ CHILD: 'a' }],
      Missing: [{ CHILD: 'a' }, { CHILD: 'b' }],
      OC2: [{ CHILD: 'c' }],
      Reviews: [{ CHILD: 'a' }],
    };
    expect(rule1012.validate(testData(tables))).toEqual({ Missing: [1], OC2: [0] });
    expect(rule1012.validate(testData({ Episodes: [{ CHILD: 'a' }], AD1: [{ CHILD: 'a' }] }))).toEqual({});
  });
});
