import { describe, expect, it } from 'vitest';
import { rule528 } from './528.ts';
import { dataB } from './helpers-b.ts';

describe('528', () => {
  it('fails PR2 with R5', () => {
    const Episodes = [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR2' },
      { PLACE: 'R5', PLACE_PROVIDER: 'PR2' },
      { PLACE: 'R5', PLACE_PROVIDER: '' },
    ];
    expect(rule528.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule528.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
