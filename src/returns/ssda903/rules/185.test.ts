import { describe, expect, it } from 'vitest';
import { rule185 } from './185.ts';
import { testData } from './helpers-a.ts';

describe('185', () => {
  it('fails an SDQ score for a child not looked after continuously', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/01/2024', DEC: '30/03/2026', RNE: 'S', REC: 'E8', LS: 'C2' }, // left in year
      { CHILD: 'c', DECOM: '01/01/2024', DEC: '31/03/2026', RNE: 'S', REC: 'E8', LS: 'C2' }, // left on 31 March: left in the year
      { CHILD: 'd', DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'V3' }, // short breaks
    ];
    const oc2 = ['a', 'b', 'c', 'd', 'e'].map((CHILD) => ({ CHILD, SDQ_SCORE: '10' }));
    expect(rule185.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [1, 2, 3, 4] });
  });
});
