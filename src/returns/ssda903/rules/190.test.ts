import { describe, expect, it } from 'vitest';
import { rule190 } from './190.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

describe('190', () => {
  it('fails 12-month items for a child not looked after continuously', () => {
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2024', DEC: '', RNE: 'S', REC: '', LS: 'C2' },
      { CHILD: 'b', DECOM: '02/04/2025', DEC: '', RNE: 'S', REC: '', LS: 'C2' }, // entered in the year
      { CHILD: 'c', DECOM: '01/04/2025', DEC: '', RNE: 'S', REC: '', LS: 'C2' }, // entered on the start
    ];
    const oc2: Row[] = [
      { CHILD: 'a', CONVICTED: '0' },
      { CHILD: 'b', CONVICTED: '0' },
      { CHILD: 'c', HEALTH_CHECK: '1' },
      { CHILD: 'b', CONVICTED: '' },
    ];
    expect(rule190.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [1] });
  });
});
