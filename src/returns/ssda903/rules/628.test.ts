import { describe, expect, it } from 'vitest';
import { rule628 } from './628.ts';
import { dataC } from './helpers-c.ts';

describe('628', () => {
  it('flags MOTHER for care leavers with no episodes', () => {
    const header = [
      { CHILD: 'a', MOTHER: '1' },
      { CHILD: 'b', MOTHER: '' },
      { CHILD: 'c', MOTHER: '0' }, // has episodes
      { CHILD: 'd', MOTHER: '0' }, // OC3 all blank
    ];
    const episodes = [{ CHILD: 'c' }];
    const oc3 = [
      { CHILD: 'a', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'b', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'c', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'd', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
    ];
    expect(rule628.validate(dataC({ Header: header, Episodes: episodes, OC3: oc3 }))).toEqual({
      Header: [0],
    });
    expect(rule628.validate(dataC({ Header: header.slice(1), Episodes: episodes, OC3: oc3 }))).toEqual({});
  });
});
