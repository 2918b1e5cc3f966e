import { describe, expect, it } from 'vitest';
import { rule1016 } from './1016.ts';
import { testData } from './helpers-a.ts';

describe('1016', () => {
  it('fails a 17- or 18-year-old care leaver whose episode ended after their 17th birthday', () => {
    const oc3 = [
      { CHILD: 'a', DOB: '01/06/2008', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // ceased aged 17
      { CHILD: 'b', DOB: '01/06/2008', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // ceased aged 16
      { CHILD: 'c', DOB: '01/06/2008', IN_TOUCH: '', ACTIV: '', ACCOM: '' }, // no data
      { CHILD: 'd', DOB: '01/01/2006', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // 20 at the end
    ];
    const episodes = [
      { CHILD: 'a', DEC: '02/06/2025' },
      { CHILD: 'b', DEC: '30/05/2025' },
      { CHILD: 'c', DEC: '02/06/2025' },
      { CHILD: 'd', DEC: '02/06/2025' },
    ];
    expect(rule1016.validate(testData({ Episodes: episodes, OC3: oc3 }))).toEqual({ OC3: [0] });
  });
});
