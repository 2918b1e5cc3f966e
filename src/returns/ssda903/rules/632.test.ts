import { describe, expect, it } from 'vitest';
import { permDate, rule632 } from './632.ts';
import { dataC } from './helpers-c.ts';

describe('632', () => {
  it('reads unknown date parts as the reference validator does', () => {
    expect(permDate('ZZ/02/2024')).toBe('2024-02-29');
    expect(permDate('05/ZZ/2020')).toBe('2021-01-04');
    expect(permDate('ZZ/ZZ/ZZZZ')).toBe('2000-12-31');
    expect(permDate('ZZ/ZZ/ZZ')).toBeNull();
    expect(permDate('01/13/2000')).toBeNull();
    expect(permDate('17/06/2001')).toBe('2001-06-17');
  });
  it('flags invalid dates and dates on or after the first episode', () => {
    const episodes = [
      { CHILD: '1', DECOM: '20/10/2011' },
      { CHILD: '2', DECOM: '19/11/2021' },
      { CHILD: '2', DECOM: '17/06/2001' }, // first episode
      { CHILD: '3', DECOM: '' },
      { CHILD: '4', DECOM: '01/03/2021' },
      { CHILD: '5', DECOM: '01/07/2021' },
    ];
    const prev = [
      { CHILD: '1', DATE_PERM: 'xx/10/2011' },
      { CHILD: '2', DATE_PERM: '17/06/2001' },
      { CHILD: '3', DATE_PERM: 'bad' }, // no valid episode
      { CHILD: '4', DATE_PERM: 'ZZ/02/2021' },
      { CHILD: '5', DATE_PERM: '' },
    ];
    expect(rule632.validate(dataC({ Episodes: episodes, PrevPerm: prev }))).toEqual({
      Episodes: [0, 2],
      PrevPerm: [0, 1],
    });
    expect(rule632.validate(dataC({ Episodes: episodes, PrevPerm: prev.slice(2) }))).toEqual({});
  });
  it('reads a day written with a space before one digit, as pandas does', () => {
    // rule_utils.valid_date passes ' 1' to to_datetime(format='%d/%m/%Y'), which reads it as day 1.
    expect(permDate(' 1/05/2000')).toBe('2000-05-01');
    expect(permDate(' 1/ZZ/2000')).toBe('2000-12-31');
  });
  it('does not check episodes with no CHILD id, as the reference drops them', () => {
    // rule_632.py: episodes[['CHILD', 'DECOM']].dropna() drops rows whose CHILD is blank (NaN).
    const episodes = [{ CHILD: '', DECOM: '01/05/2025' }];
    const prev = [{ CHILD: '', DATE_PERM: '01/06/2025' }];
    expect(rule632.validate(dataC({ Episodes: episodes, PrevPerm: prev }))).toEqual({});
  });
});
