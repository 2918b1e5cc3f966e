import { describe, expect, it } from 'vitest';
import { rule187 } from './187.ts';
import { testData } from './helpers-a.ts';

describe('187', () => {
  it('fails adoption and care leaver data for a continuously looked after child', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/05/2025', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
    ];
    const oc3 = [
      { CHILD: 'a', IN_TOUCH: 'YES' },
      { CHILD: 'b', IN_TOUCH: 'YES' },
    ];
    const ad1 = [
      { CHILD: 'b', DATE_INT: '01/05/2025' },
      { CHILD: 'a', DATE_INT: '01/05/2025' },
      { CHILD: 'a', DATE_INT: '' },
    ];
    expect(rule187.validate(testData({ Episodes: episodes, OC3: oc3, AD1: ad1 }))).toEqual({
      AD1: [1],
      OC3: [0],
    });
  });
});
