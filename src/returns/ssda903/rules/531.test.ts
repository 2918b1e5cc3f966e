import { describe, expect, it } from 'vitest';
import { rule531 } from './531.ts';
import { dataB } from './helpers-b.ts';

describe('531', () => {
  it('fails PR5 with P1', () => {
    const Episodes = [
      { PLACE: 'K2', PLACE_PROVIDER: 'PR5' },
      { PLACE: 'P1', PLACE_PROVIDER: 'PR5' },
      { PLACE: 'P1', PLACE_PROVIDER: '' },
    ];
    expect(rule531.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule531.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
