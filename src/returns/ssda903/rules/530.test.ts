import { describe, expect, it } from 'vitest';
import { rule530 } from './530.ts';
import { dataB } from './helpers-b.ts';

describe('530', () => {
  it('fails PR4 with P1', () => {
    const Episodes = [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR4' },
      { PLACE: 'P1', PLACE_PROVIDER: 'PR4' },
      { PLACE: 'P1', PLACE_PROVIDER: '' },
    ];
    expect(rule530.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule530.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
