import { describe, expect, it } from 'vitest';
import { rule192 } from './192.ts';
import { testData } from './helpers-a.ts';

describe('192', () => {
  it('fails a blank intervention received when misuse was found', () => {
    const rows = [
      { CHILD: 'a', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' },
      { CHILD: 'b', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '' },
      { CHILD: 'c', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '' },
    ];
    expect(rule192.validate(testData({ OC2: rows }))).toEqual({ OC2: [1] });
  });
});
