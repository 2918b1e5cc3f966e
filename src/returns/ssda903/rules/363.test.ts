import { describe, expect, it } from 'vitest';
import { rule363 } from './363.ts';
import { dataB } from './helpers-b.ts';

describe('363', () => {
  it('fails child assessment order periods over 7 days', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L3' },
      { CHILD: 'a', DECOM: '04/06/2025', DEC: '09/06/2025', LS: 'L3' },
      { CHILD: 'b', DECOM: '22/02/2024', DEC: '29/02/2024', LS: 'L3' },
      { CHILD: 'c', DECOM: '25/03/2026', DEC: '', LS: 'L3' },
      { CHILD: 'd', DECOM: '', DEC: '25/01/2026', LS: 'L3' },
      { CHILD: 'e', DECOM: '01/01/2025', DEC: '01/05/2025', LS: 'C2' },
    ];
    expect(rule363.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 1] });
    expect(rule363.validate(dataB({ Episodes: Episodes.slice(2) }))).toEqual({});
  });
  it('starts a new period at every episode with a blank CHILD (NaN equals nothing)', () => {
    const Episodes = [
      { CHILD: '', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L3' },
      { CHILD: '', DECOM: '04/06/2025', DEC: '09/06/2025', LS: 'L3' }, // 3 + 5 days, not one period of 8
      { CHILD: '', DECOM: '01/07/2025', DEC: '10/07/2025', LS: 'L3' }, // 9 days on its own
    ];
    expect(rule363.validate(dataB({ Episodes }))).toEqual({ Episodes: [2] });
  });
});
