import { describe, expect, it } from 'vitest';
import { rule158 } from './158.ts';
import { testData } from './helpers-a.ts';

describe('158', () => {
  it('fails an offered item when an intervention was received', () => {
    const rows = [
      { CHILD: 'a', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '' },
      { CHILD: 'b', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      { CHILD: 'c', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' },
    ];
    expect(rule158.validate(testData({ OC2: rows }))).toEqual({ OC2: [2] });
  });
});
