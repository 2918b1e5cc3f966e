import { describe, expect, it } from 'vitest';
import { rule362 } from './362.ts';
import { dataB } from './helpers-b.ts';

describe('362', () => {
  it('fails EPO spells over 21 days, chaining consecutive L2 episodes', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L2' },
      { CHILD: 'a', DECOM: '04/06/2025', DEC: '23/06/2025', LS: 'L2' },
      { CHILD: 'b', DECOM: '01/06/2025', DEC: '22/06/2025', LS: 'L2' },
      { CHILD: 'c', DECOM: '10/03/2026', DEC: '', LS: 'L2' },
      { CHILD: 'd', DECOM: '09/03/2026', DEC: '', LS: 'L2' },
    ];
    expect(rule362.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 1, 4] });
    expect(rule362.validate(dataB({ Episodes: Episodes.slice(2, 4) }))).toEqual({});
  });
});
