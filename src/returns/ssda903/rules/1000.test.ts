import { describe, expect, it } from 'vitest';
import { rule1000 } from './1000.ts';
import { testData } from './helpers-a.ts';

describe('1000', () => {
  const oc3 = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }, { CHILD: 'd' }];
  it('fails care leavers who died in care this year or last year', () => {
    const episodes = [
      { CHILD: 'a', REC: 'X1' },
      { CHILD: 'b', REC: 'E2' },
      { CHILD: 'd', REC: '' },
    ];
    const last = [{ CHILD: 'c', REC: 'e2' }];
    expect(rule1000.validate(testData({ Episodes: episodes, OC3: oc3 }, { Episodes: last }))).toEqual({
      OC3: [1, 2],
    });
  });
  it('checks only this year when last year is not loaded, and passes others', () => {
    expect(rule1000.validate(testData({ Episodes: [{ CHILD: 'a', REC: 'E3' }], OC3: oc3 }))).toEqual({});
  });
});
