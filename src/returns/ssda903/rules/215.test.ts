import { describe, expect, it } from 'vitest';
import { rule215 } from './215.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

describe('215', () => {
  it('fails both rows when a care leaver also has 12-month items', () => {
    const oc3: Row[] = [
      { CHILD: 'a', IN_TOUCH: 'YES' },
      { CHILD: 'b', IN_TOUCH: '' },
      { CHILD: 'c', ACCOM: 'B1' },
    ];
    const oc2: Row[] = [
      { CHILD: 'c', CONVICTED: '' },
      { CHILD: 'b', IMMUNISATIONS: '1' },
      { CHILD: 'a', INTERVENTION_OFFERED: '1' },
    ];
    expect(rule215.validate(testData({ OC2: oc2, OC3: oc3 }))).toEqual({ OC3: [0], OC2: [2] });
  });
});
