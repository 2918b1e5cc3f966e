import { describe, expect, it } from 'vitest';
import { rule1014 } from './1014.ts';
import { testData } from './helpers-a.ts';

describe('1014', () => {
  it('fails UASC and OC3 rows for a care leaver with no episode in the year', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', DEC: '31/03/2025' }, // ended the day before the year
      { CHILD: 'b', DECOM: '01/01/2024', DEC: '01/04/2025' }, // ended on the collection start
      { CHILD: 'c', DECOM: '01/01/2024', DEC: '' }, // open
      { CHILD: 'd', DECOM: '01/01/2024', DEC: '01/01/2025' }, // no care leaver data
    ];
    const uasc = ['a', 'b', 'c', 'd'].map((CHILD) => ({ CHILD, DUC: '' }));
    const oc3 = [
      { CHILD: 'a', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'b', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'c', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'd', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
    ];
    expect(rule1014.validate(testData({ Episodes: episodes, UASC: uasc, OC3: oc3 }))).toEqual({
      UASC: [0],
      OC3: [0],
    });
  });
  it('does not check rows with no CHILD id, as the reference counts episodes by CHILD', () => {
    // rule_1014.py: groupby('CHILD')['EPS'].transform('sum') gives no count to a blank (NaN) CHILD.
    const episodes = [{ CHILD: '', DECOM: '01/01/2020', DEC: '01/02/2020' }];
    const uasc = [{ CHILD: '', DUC: '01/01/2026' }];
    const oc3 = [{ CHILD: '', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }];
    expect(rule1014.validate(testData({ Episodes: episodes, UASC: uasc, OC3: oc3 }))).toEqual({});
  });
});
