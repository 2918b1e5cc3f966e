import { describe, expect, it } from 'vitest';
import { rule182 } from './182.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

const four = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

describe('182', () => {
  it('fails other OC2 items given without all four core items', () => {
    const rows: Row[] = [
      { CHILD: 'a', ...four, CONVICTED: '0' },
      { CHILD: 'b' },
      { CHILD: 'c', CONVICTED: '1' },
      { CHILD: 'd', ...four, SUBSTANCE_MISUSE: '', HEALTH_CHECK: '1' },
      { CHILD: 'e', IMMUNISATIONS: '1' }, // no other items: passes
    ];
    expect(rule182.validate(testData({ OC2: rows }))).toEqual({ OC2: [2, 3] });
  });
});
