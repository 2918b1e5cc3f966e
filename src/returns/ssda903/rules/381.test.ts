import { describe, expect, it } from 'vitest';
import { rule381 } from './381.ts';
import { dataB } from './helpers-b.ts';

describe('381', () => {
  it('fails temporary placements ending a period of care', () => {
    const Episodes = [
      { REC: 'X1', PLACE: 'T3' },
      { REC: 'E8', PLACE: 'T0' },
      { REC: 'E8', PLACE: 'U2' },
      { REC: '', PLACE: 'T2' },
    ];
    expect(rule381.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule381.validate(dataB({ Episodes: [Episodes[0]!, Episodes[3]!] }))).toEqual({});
  });
});
