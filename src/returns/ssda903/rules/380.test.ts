import { describe, expect, it } from 'vitest';
import { rule380 } from './380.ts';
import { dataB } from './helpers-b.ts';

describe('380', () => {
  it('fails temporary placements that do not start with RNE P or B', () => {
    const Episodes = [
      { RNE: 'S', PLACE: 'U1' },
      { RNE: 'S', PLACE: 'T0' },
      { RNE: 'P', PLACE: 'T1' },
      { RNE: 'B', PLACE: 'T4' },
      { RNE: '', PLACE: 'T3' },
    ];
    expect(rule380.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 4] });
    expect(rule380.validate(dataB({ Episodes: Episodes.slice(2, 4) }))).toEqual({});
  });
});
