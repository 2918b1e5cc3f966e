import { describe, expect, it } from 'vitest';
import { rule1002 } from './1002.ts';
import { testData } from './helpers-a.ts';

describe('1002', () => {
  it('fails a care leaver with no episodes this year or last', () => {
    const oc3 = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }];
    expect(
      rule1002.validate(testData({ Episodes: [{ CHILD: 'a' }], OC3: oc3 }, { Episodes: [{ CHILD: 'b' }] })),
    ).toEqual({ OC3: [2] });
    expect(
      rule1002.validate(testData({ Episodes: [{ CHILD: 'a' }], OC3: [{ CHILD: 'a' }] }, { Episodes: [] })),
    ).toEqual({});
  });
});
