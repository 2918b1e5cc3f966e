import { describe, expect, it } from 'vitest';
import { rule547 } from './547.ts';
import { dataB } from './helpers-b.ts';

describe('547', () => {
  it('fails HEALTH_CHECK 1 without all the health fields', () => {
    const full = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' };
    const OC2 = [
      { ...full, HEALTH_CHECK: '1' },
      { ...full, HEALTH_CHECK: '1', TEETH_CHECK: '' },
      { ...full, HEALTH_CHECK: '0', SUBSTANCE_MISUSE: '' },
      { ...full, HEALTH_CHECK: '', IMMUNISATIONS: '' },
    ];
    expect(rule547.validate(dataB({ OC2 }))).toEqual({ OC2: [1] });
    expect(rule547.validate(dataB({ OC2: [OC2[0]!, OC2[2]!, OC2[3]!] }))).toEqual({});
  });
});
