import { describe, expect, it } from 'vitest';
import { rule361 } from './361.ts';
import { dataB } from './helpers-b.ts';

describe('361', () => {
  it('fails police protection spells over 3 days, chaining consecutive L1 episodes', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L1' },
      { CHILD: 'a', DECOM: '04/06/2025', DEC: '05/06/2025', LS: 'L1' },
      { CHILD: 'a', DECOM: '06/07/2025', DEC: '07/07/2025', LS: 'C2' },
      { CHILD: 'b', DECOM: '26/02/2024', DEC: '01/03/2024', LS: 'L1' },
      { CHILD: 'c', DECOM: '28/02/2024', DEC: '01/03/2024', LS: 'L1' },
      { CHILD: 'd', DECOM: '28/03/2026', DEC: '', LS: 'L1' },
      { CHILD: 'e', DECOM: '27/03/2026', DEC: '', LS: 'L1' },
    ];
    expect(rule361.validate(dataB({ Episodes }))).toEqual({ Episodes: [0, 1, 3, 6] });
    expect(rule361.validate(dataB({ Episodes: [Episodes[2]!, Episodes[4]!, Episodes[5]!] }))).toEqual({});
  });
  it('never chains or flags episodes with a blank CHILD, which the reference groups out', () => {
    const Episodes = [
      { CHILD: '', DECOM: '01/06/2025', DEC: '04/06/2025', LS: 'L1' },
      { CHILD: '', DECOM: '04/06/2025', DEC: '05/06/2025', LS: 'L1' },
      { CHILD: '', DECOM: '01/07/2025', DEC: '10/07/2025', LS: 'L1' },
    ];
    expect(rule361.validate(dataB({ Episodes }))).toEqual({});
  });
});
