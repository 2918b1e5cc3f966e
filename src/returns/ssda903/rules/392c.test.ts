import { describe, expect, it } from 'vitest';
import { rule392c } from './392c.ts';
import { dataB } from './helpers-b.ts';

describe('392c', () => {
  it('fails postcodes that are not of a postcode’s form, ignoring case, spaces and blanks', () => {
    const Episodes = [
      { HOME_POST: 'AB1 0JD', PL_POST: 'ab10jd' },
      { HOME_POST: 'invalid', PL_POST: 'AB1 0JD' },
      { HOME_POST: 'AB1 0JD', PL_POST: 'BN20' },
      { HOME_POST: '', PL_POST: '' },
      { HOME_POST: 'SW1A 1AA', PL_POST: 'M1 1AE' },
    ];
    expect(rule392c.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 2] });
    expect(rule392c.validate(dataB({ Episodes: [Episodes[0]!, Episodes[3]!, Episodes[4]!] }))).toEqual({});
  });
});
