import { describe, expect, it } from 'vitest';
import { rule378 } from './378.ts';
import { dataB } from './helpers-b.ts';

describe('378', () => {
  it('fails P1 under V2', () => {
    const Episodes = [
      { PLACE: 'P1', LS: 'C2' },
      { PLACE: 'P1', LS: 'V2' },
      { PLACE: 'U1', LS: 'V2' },
    ];
    expect(rule378.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule378.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
