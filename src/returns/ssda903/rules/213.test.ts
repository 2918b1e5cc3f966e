import { describe, expect, it } from 'vitest';
import { rule213 } from './213.ts';
import { testData } from './helpers-a.ts';

describe('213', () => {
  it('fails a provider for temporary and Z1x placements', () => {
    const rows = [
      { PLACE: 'T0', PLACE_PROVIDER: '' },
      { PLACE: 'U1', PLACE_PROVIDER: 'PR3' },
      { PLACE: 'T4', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'Z13', PLACE_PROVIDER: 'value' },
    ].map((r) => ({ CHILD: 'a', ...r }));
    expect(rule213.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [2, 3] });
  });
});
