import { describe, expect, it } from 'vitest';
import { rule364 } from './364.ts';
import { dataB } from './helpers-b.ts';

describe('364', () => {
  it('fails PACE periods over 21 days', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '10/01/2025', LS: 'J2' },
      { CHILD: 'a', DECOM: '10/01/2025', DEC: '23/01/2025', LS: 'J2' },
      { CHILD: 'b', DECOM: '08/02/2024', DEC: '29/02/2024', LS: 'J2' },
      { CHILD: 'c', DECOM: '01/03/2026', DEC: '', LS: 'J2' },
      { CHILD: 'd', DECOM: '10/03/2026', DEC: '', LS: 'J2' },
    ];
    expect(rule364.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 1, 3] });
    expect(rule364.validate(dataB({ Episodes: [Episodes[2]!, Episodes[4]!] }))).toEqual({});
  });
});
