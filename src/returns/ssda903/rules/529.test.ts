import { describe, expect, it } from 'vitest';
import { rule529 } from './529.ts';
import { dataB } from './helpers-b.ts';

describe('529', () => {
  it('fails PR3 with U3', () => {
    const Episodes = [
      { PLACE: 'R2', PLACE_PROVIDER: 'PR3' },
      { PLACE: 'U3', PLACE_PROVIDER: 'PR3' },
      { PLACE: 'U3', PLACE_PROVIDER: '' },
    ];
    expect(rule529.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule529.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
