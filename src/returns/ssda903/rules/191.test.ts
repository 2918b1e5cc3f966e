import { describe, expect, it } from 'vitest';
import { rule191 } from './191.ts';
import { testData } from './helpers-a.ts';

const cla = (CHILD: string, DECOM = '01/01/2024') => ({ CHILD, DECOM, DEC: '', RNE: 'S', REC: '', LS: 'C2' });
const full = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

describe('191', () => {
  it('fails blank 12-month items, and a missing OC2 row on the first episode', () => {
    const episodes = [
      cla('a'),
      cla('b'),
      { ...cla('c', '01/02/2024'), DEC: '01/03/2024', REC: 'X1' },
      { ...cla('c', '01/01/2023'), DEC: '01/02/2024', REC: 'X1' },
      cla('c', '01/03/2024'),
    ];
    const oc2 = [
      { CHILD: 'a', ...full },
      { CHILD: 'b', ...full, TEETH_CHECK: '' },
    ];
    expect(rule191.validate(testData({ Episodes: episodes, OC2: oc2 }))).toEqual({ OC2: [1], Episodes: [3] });
  });
});
