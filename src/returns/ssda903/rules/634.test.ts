import { describe, expect, it } from 'vitest';
import { rule634 } from './634.ts';
import { dataC } from './helpers-c.ts';

describe('634', () => {
  it('flags previous permanence for children whose latest episode began before the year', () => {
    const prev = [
      { CHILD: 'a', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' },
      { CHILD: 'b', PREV_PERM: '', LA_PERM: '352', DATE_PERM: '' },
      { CHILD: 'c', PREV_PERM: '', LA_PERM: '', DATE_PERM: '01/05/2000' },
      { CHILD: 'd', PREV_PERM: '', LA_PERM: '', DATE_PERM: '' },
      { CHILD: 'e', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '' }, // no episodes
    ];
    const episodes = [
      { CHILD: 'a', DECOM: '20/10/2011' },
      { CHILD: 'b', DECOM: '01/04/2025' },
      { CHILD: 'b', DECOM: '17/06/2001' },
      { CHILD: 'c', DECOM: '04/04/2002' },
      { CHILD: 'c', DECOM: '31/03/2025' },
      { CHILD: 'd', DECOM: '01/03/2016' },
    ];
    expect(rule634.validate(dataC({ Episodes: episodes, PrevPerm: prev }))).toEqual({
      Episodes: [0, 3, 4],
      PrevPerm: [0, 2],
    });
    expect(rule634.validate(dataC({ Episodes: episodes, PrevPerm: [prev[1]!, prev[3]!, prev[4]!] }))).toEqual(
      {},
    );
  });
  it('does not check rows with no CHILD id, as the reference groups episodes by CHILD', () => {
    // rule_634.py: groupby('CHILD')['DECOM'].transform('max') gives no LAST_DECOM to a blank (NaN) CHILD.
    const episodes = [{ CHILD: '', DECOM: '01/01/2020' }];
    const prev = [{ CHILD: '', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '' }];
    expect(rule634.validate(dataC({ Episodes: episodes, PrevPerm: prev }))).toEqual({});
  });
});
