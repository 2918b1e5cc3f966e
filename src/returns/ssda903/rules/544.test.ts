import { describe, expect, it } from 'vitest';
import { rule544 } from './544.ts';
import { dataB } from './helpers-b.ts';

describe('544', () => {
  it('fails CONVICTED 1 without all the health fields', () => {
    const full = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' };
    const OC2 = [
      { ...full, CONVICTED: '1' },
      { ...full, CONVICTED: '1', TEETH_CHECK: '' },
      { ...full, CONVICTED: '0', SUBSTANCE_MISUSE: '' },
      { ...full, CONVICTED: '', IMMUNISATIONS: '' },
    ];
    expect(rule544.validate(dataB({ OC2 }))).toEqual({ OC2: [1] });
    expect(rule544.validate(dataB({ OC2: [OC2[0]!, OC2[2]!, OC2[3]!] }))).toEqual({});
  });
});
