import { describe, expect, it } from 'vitest';
import { rule550 } from './550.ts';
import { dataB } from './helpers-b.ts';

describe('550', () => {
  it('fails PR0 with placements other than P1', () => {
    const Episodes = [
      { PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
      { PLACE: 'T3', PLACE_PROVIDER: 'PR0' },
      { PLACE: 'T1', PLACE_PROVIDER: '' },
      { PLACE: '', PLACE_PROVIDER: 'PR0' },
    ];
    expect(rule550.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 3] });
    expect(rule550.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
