import { describe, expect, it } from 'vitest';
import { rule193 } from './193.ts';
import { testData } from './helpers-a.ts';

describe('193', () => {
  it('fails intervention items when no misuse was found or it is blank', () => {
    const rows = [
      { CHILD: 'a', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '' },
      { CHILD: 'b', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '' },
      { CHILD: 'c', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '' },
      { CHILD: 'd', SUBSTANCE_MISUSE: '', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '0' },
    ];
    expect(rule193.validate(testData({ OC2: rows }))).toEqual({ OC2: [2, 3] });
  });
});
