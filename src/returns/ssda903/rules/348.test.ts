import { describe, expect, it } from 'vitest';
import { rule348 } from './348.ts';
import { dataB } from './helpers-b.ts';

describe('348', () => {
  it('fails a care leaver reported died last year but not this year', () => {
    const OC3 = [
      { CHILD: '1', IN_TOUCH: 'DIED' },
      { CHILD: '2', IN_TOUCH: 'DIED' },
      { CHILD: '3', IN_TOUCH: 'YES' },
      { CHILD: '4', IN_TOUCH: '' },
    ];
    const last = [
      { CHILD: '1', IN_TOUCH: 'DIED' },
      { CHILD: '2', IN_TOUCH: 'YES' },
      { CHILD: '3', IN_TOUCH: 'DIED' },
      { CHILD: '4', IN_TOUCH: 'DIED' },
    ];
    expect(rule348.validate(dataB({ OC3 }, { OC3: last }))).toEqual({ OC3: [2, 3] });
    expect(rule348.validate(dataB({ OC3: OC3.slice(0, 2) }, { OC3: last }))).toEqual({});
  });
});
