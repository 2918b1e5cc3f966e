import { describe, expect, it } from 'vitest';
import { rule527 } from './527.ts';
import { dataB } from './helpers-b.ts';

describe('527', () => {
  it('fails PR1 with R2', () => {
    const Episodes = [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'R2', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'R2', PLACE_PROVIDER: '' },
    ];
    expect(rule527.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule527.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
