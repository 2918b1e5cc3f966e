import { describe, expect, it } from 'vitest';
import { rule390 } from './390.ts';
import { dataB } from './helpers-b.ts';

describe('390', () => {
  it('fails adoptions not from a placement for adoption', () => {
    const Episodes = [
      { PLACE: 'U1', REC: 'E11' },
      { PLACE: 'A4', REC: 'E12' },
      { PLACE: '', REC: 'E12' },
      { PLACE: 'U1', REC: 'E8' },
    ];
    expect(rule390.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 2] });
    expect(rule390.validate(dataB({ Episodes: [Episodes[1]!, Episodes[3]!] }))).toEqual({});
  });
});
