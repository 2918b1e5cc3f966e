import { describe, expect, it } from 'vitest';
import { rule159 } from './159.ts';
import { testData } from './helpers-a.ts';

describe('159', () => {
  it('fails a blank offered item when misuse was found and no intervention received', () => {
    const rows = [
      { CHILD: 'a', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      { CHILD: 'b', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '' },
      { CHILD: 'c', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '' },
      { CHILD: 'd', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '' },
    ];
    expect(rule159.validate(testData({ OC2: rows }))).toEqual({ OC2: [1] });
  });
});
