import { describe, expect, it } from 'vitest';
import { rule382 } from './382.ts';
import { dataB } from './helpers-b.ts';

describe('382', () => {
  it('fails respite in a temporary placement', () => {
    const Episodes = [
      { PLACE: 'T0', LS: 'V3' },
      { PLACE: 'K2', LS: 'V3' },
      { PLACE: 'T1', LS: 'C2' },
      { PLACE: 'T4', LS: 'V4' },
    ];
    expect(rule382.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 3] });
    expect(rule382.validate(dataB({ Episodes: Episodes.slice(1, 3) }))).toEqual({});
  });
});
