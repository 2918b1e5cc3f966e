import { describe, expect, it } from 'vitest';
import { rule384 } from './384.ts';
import { dataB } from './helpers-b.ts';

describe('384', () => {
  it('fails respite in long-term foster care', () => {
    const Episodes = [
      { PLACE: 'U1', LS: 'V4' },
      { PLACE: 'U4', LS: 'C2' },
      { PLACE: 'U4', LS: 'V3' },
      { PLACE: 'U2', LS: 'V3' },
    ];
    expect(rule384.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2] });
    expect(rule384.validate(dataB({ Episodes: [Episodes[1]!, Episodes[3]!] }))).toEqual({});
  });
});
