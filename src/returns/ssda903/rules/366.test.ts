import { describe, expect, it } from 'vitest';
import { rule366 } from './366.ts';
import { dataB } from './helpers-b.ts';

describe('366', () => {
  it('fails V3 episodes that are not new periods of care', () => {
    const Episodes = [
      { LS: 'V3', RNE: 'S' },
      { LS: 'V4', RNE: 'T' },
      { LS: 'V3', RNE: 'P' },
      { LS: 'V3', RNE: '' },
    ];
    expect(rule366.validate(dataB({ Episodes }))).toEqual({ Episodes: [2, 3] });
    expect(rule366.validate(dataB({ Episodes: Episodes.slice(0, 2) }))).toEqual({});
  });
});
