import { describe, expect, it } from 'vitest';
import { rule1011 } from './1011.ts';
import { testData } from './helpers-a.ts';

describe('1011', () => {
  it('fails care leaver data when the latest episode ended with E3', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/05/2025', REC: 'X1' },
      { CHILD: 'a', DECOM: '01/06/2025', REC: 'E3' },
      { CHILD: 'b', DECOM: '01/05/2025', REC: 'E3' },
      { CHILD: 'b', DECOM: '01/06/2025', REC: 'E8' },
      { CHILD: 'c', DECOM: '01/06/2025', REC: 'E3' },
    ];
    const oc3 = [
      { CHILD: 'a', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'b', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' },
      { CHILD: 'c', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
    ];
    expect(rule1011.validate(testData({ Episodes: episodes, OC3: oc3 }))).toEqual({ OC3: [0] });
  });
  it('does not check rows with no CHILD id, as the reference groups episodes by CHILD', () => {
    // rule_1011.py: epi.groupby(['CHILD'])['DECOM'].idxmax() leaves out rows whose CHILD is blank (NaN).
    const episodes = [{ CHILD: '', DECOM: '01/05/2025', REC: 'E3' }];
    const oc3 = [{ CHILD: '', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }];
    expect(rule1011.validate(testData({ Episodes: episodes, OC3: oc3 }))).toEqual({});
  });
});
