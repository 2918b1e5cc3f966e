import { describe, expect, it } from 'vitest';
import { rule198 } from './198.ts';
import { testData } from './helpers-a.ts';

describe('198', () => {
  it('fails an SDQ reason for a child not looked after continuously', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '01/01/2024', DEC: '01/06/2025', RNE: 'S', REC: 'E8', LS: 'C2' },
    ];
    const oc2 = [
      { CHILD: 'a', SDQ_REASON: 'SDQ1' },
      { CHILD: 'b', SDQ_REASON: 'SDQ1' },
      { CHILD: 'b', SDQ_REASON: '' },
    ];
    expect(rule198.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [1] });
  });
});
