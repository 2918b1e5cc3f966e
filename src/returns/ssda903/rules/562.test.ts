import { describe, expect, it } from 'vitest';
import { rule562 } from './562.ts';
import { dataC } from './helpers-c.ts';

describe('562', () => {
  it('flags the earliest pre-year episode when it is not last year’s latest episode', () => {
    const now = [
      { CHILD: 'a', DECOM: '15/03/2025' },
      { CHILD: 'a', DECOM: '05/06/2025' },
      { CHILD: 'b', DECOM: '05/06/2025' },
      { CHILD: 'b', DECOM: '13/03/2025' }, // last year's latest is 11/03/2025
      { CHILD: 'c', DECOM: '31/03/2025' }, // no last year episodes
      { CHILD: 'd', DECOM: '01/04/2025' }, // starts on collection start: not checked
    ];
    const last = [
      { CHILD: 'a', DECOM: '01/06/2024' },
      { CHILD: 'a', DECOM: '15/03/2025' },
      { CHILD: 'b', DECOM: '01/02/2025' },
      { CHILD: 'b', DECOM: '11/03/2025' },
    ];
    expect(rule562.validate(dataC({ Episodes: now }, { Episodes: last }))).toEqual({ Episodes: [3, 4] });
  });
  it('passes a continuing episode', () => {
    const row = { CHILD: 'a', DECOM: '29/02/2024' };
    expect(rule562.validate(dataC({ Episodes: [row] }, { Episodes: [row] }))).toEqual({});
  });
  it('does not check episodes with no CHILD id, as the reference groups by CHILD', () => {
    // rule_562.py: groupby(['CHILD'])['DECOM'].idxmin() leaves out rows whose CHILD is blank (NaN).
    const now = [{ CHILD: '', DECOM: '15/03/2025' }];
    const last = [{ CHILD: 'a', DECOM: '01/01/2025' }];
    expect(rule562.validate(dataC({ Episodes: now }, { Episodes: last }))).toEqual({});
  });
});
