import { describe, expect, it } from 'vitest';
import { rule392b } from './392b.ts';
import { dataB } from './helpers-b.ts';

describe('392b', () => {
  it('fails missing postcodes except under V3/V4 or for former UASC', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 3CD' },
      { CHILD: 'b', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: '' },
      { CHILD: 'b', LS: 'V3', HOME_POST: '', PL_POST: '' },
      { CHILD: 'c', LS: 'C2', HOME_POST: '', PL_POST: '' },
      { CHILD: 'd', LS: 'C2', HOME_POST: '', PL_POST: '' },
    ];
    const UASC = [{ CHILD: 'c', SEX: 'M', DOB: '01/01/2010', DUC: '01/01/2028' }];
    const last = [{ CHILD: 'd', SEX: '', DOB: '', DUC: '01/01/2027' }];
    expect(rule392b.validate(dataB({ Episodes, UASC }, { UASC: last }))).toEqual({ Episodes: [1] });
    expect(rule392b.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 3, 4] });
    expect(rule392b.validate(dataB({ Episodes: Episodes.slice(0, 1) }))).toEqual({});
  });
});
