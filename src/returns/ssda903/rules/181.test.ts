import { describe, expect, it } from 'vitest';
import { rule181 } from './181.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

describe('181', () => {
  it('fails OC2 items that are not 0 or 1', () => {
    const rows: Row[] = [
      { CHILD: 'a', CONVICTED: '1', HEALTH_CHECK: '0', INTERVENTION_OFFERED: '' },
      { CHILD: 'b', CONVICTED: '', HEALTH_CHECK: '' },
      { CHILD: 'c', CONVICTED: '2' },
      { CHILD: 'd', INTERVENTION_OFFERED: 'Y' },
    ];
    expect(rule181.validate(testData({ OC2: rows }))).toEqual({ OC2: [2, 3] });
  });
});
