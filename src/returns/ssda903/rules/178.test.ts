import { describe, expect, it } from 'vitest';
import { rule178 } from './178.ts';
import { testData } from './helpers-a.ts';

describe('178', () => {
  it('fails invalid providers and providers for placements that have none', () => {
    const rows = [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR0' },
      { PLACE: 'T4', PLACE_PROVIDER: 'PR1' }, // T4 is left to 213
      { PLACE: 'U1', PLACE_PROVIDER: '' },
      { PLACE: 'T0', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'U1', PLACE_PROVIDER: 'pr4' },
      { PLACE: 'Z14', PLACE_PROVIDER: 'PR5' },
    ].map((r) => ({ CHILD: 'a', ...r }));
    expect(rule178.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4, 5] });
  });
});
