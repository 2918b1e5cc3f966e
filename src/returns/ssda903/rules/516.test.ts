import { describe, expect, it } from 'vitest';
import { rule516 } from './516.ts';
import { dataB } from './helpers-b.ts';

describe('516', () => {
  it('fails E45/E46 outside foster placements', () => {
    const Episodes = [
      { REC: 'E45', PLACE: 'U1' },
      { REC: 'E46', PLACE: 'K2' },
      { REC: 'E2', PLACE: 'K2' },
      { REC: 'E45', PLACE: '' },
    ];
    expect(rule516.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 3] });
    expect(rule516.validate(dataB({ Episodes: [Episodes[0]!, Episodes[2]!] }))).toEqual({});
  });
});
