import { describe, expect, it } from 'vitest';
import { rule1010 } from './1010.ts';
import { testData } from './helpers-a.ts';

describe('1010', () => {
  it('fails a care leaver with no episodes this year whose last episode last year was open', () => {
    const last = [
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '' },
      { CHILD: 'b', DECOM: '01/02/2025', DEC: '01/03/2025' },
      { CHILD: 'c', DECOM: '01/01/2025', DEC: '' },
    ];
    const oc3 = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }];
    expect(rule1010.validate(testData({ Episodes: [{ CHILD: 'c' }], OC3: oc3 }, { Episodes: last }))).toEqual(
      {
        OC3: [0],
      },
    );
  });
});
