import { describe, expect, it } from 'vitest';
import { rule1007 } from './1007.ts';
import { testData } from './helpers-a.ts';

describe('1007', () => {
  it('fails a 17-year-old care leaver looked after on their birthday', () => {
    const oc3 = [
      { CHILD: 'a', DOB: '01/02/2009', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // 17 on 01/02/2026, in care
      { CHILD: 'b', DOB: '01/02/2009', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // left before birthday
      { CHILD: 'c', DOB: '01/02/2009', IN_TOUCH: '', ACTIV: '', ACCOM: '' }, // nothing recorded
      { CHILD: 'd', DOB: '01/04/2009', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // 16 at 31/03/2026
      { CHILD: 'e', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: '', ACCOM: '' }, // 17 on the collection end
    ];
    const episodes = [
      { CHILD: 'a', DECOM: '01/02/2026', DEC: '02/02/2026' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '01/02/2026' },
      { CHILD: 'c', DECOM: '01/01/2025', DEC: '01/03/2026' },
      { CHILD: 'd', DECOM: '01/01/2025', DEC: '01/03/2026' },
      { CHILD: 'e', DECOM: '01/01/2025', DEC: '' }, // an open episode does not count
    ];
    expect(rule1007.validate(testData({ Episodes: episodes, OC3: oc3 }))).toEqual({ OC3: [0] });
  });
  it('uses last year’s birthday when this year’s falls after the collection end', () => {
    const oc3 = [{ CHILD: 'a', DOB: '15/06/2007', IN_TOUCH: '', ACTIV: 'F1', ACCOM: '' }];
    const episodes = [{ CHILD: 'a', DECOM: '01/06/2025', DEC: '16/06/2025' }];
    expect(rule1007.validate(testData({ Episodes: episodes, OC3: oc3 }))).toEqual({ OC3: [0] });
  });
});
