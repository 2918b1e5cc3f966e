import { describe, expect, it } from 'vitest';
import { rule504 } from './504.ts';
import { dataB } from './helpers-b.ts';

describe('504', () => {
  it('fails a change of category of need within a period of care', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025', REC: 'X1', CIN: 'N1' },
      { CHILD: 'a', DECOM: '04/06/2025', DEC: '06/06/2025', REC: 'X1', CIN: 'N2' },
      { CHILD: 'a', DECOM: '08/06/2025', DEC: '', REC: '', CIN: 'N3' },
      { CHILD: 'b', DECOM: '28/02/2024', DEC: '29/02/2024', REC: 'X1', CIN: 'N4' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '', REC: '', CIN: 'N4' },
    ];
    expect(rule504.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule504.validate(dataB({ Episodes: Episodes.slice(3) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_504.py: a blank CHILD is NaN, and CHILD == CHILD_PRE is false for it.
    const episodes = (c: string) => [
      { CHILD: c, DECOM: '01/05/2025', DEC: '10/05/2025', REC: 'X1', CIN: 'N1' },
      { CHILD: c, DECOM: '10/05/2025', DEC: '', REC: '', CIN: 'N2' },
    ];
    expect(rule504.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule504.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
