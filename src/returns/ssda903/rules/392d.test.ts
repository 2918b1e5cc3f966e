import { describe, expect, it } from 'vitest';
import { rule392d } from './392d.ts';
import { dataB } from './helpers-b.ts';

describe('392d', () => {
  it('fails identical home and placement postcodes except for P1', () => {
    const Episodes = [
      { PLACE: 'U1', HOME_POST: 'BN20', PL_POST: 'BN20' },
      { PLACE: 'P1', HOME_POST: 'BN20', PL_POST: 'BN20' },
      { PLACE: 'U1', HOME_POST: 'BN20', PL_POST: 'BN21' },
      { PLACE: 'U1', HOME_POST: '', PL_POST: '' },
    ];
    expect(rule392d.validate(dataB({ Episodes }))).toEqual({ Episodes: [0] });
    expect(rule392d.validate(dataB({ Episodes: Episodes.slice(1) }))).toEqual({});
  });
});
