import { describe, expect, it } from 'vitest';
import { rule431 } from './431.ts';
import { dataB } from './helpers-b.ts';

describe('431', () => {
  it('fails a new period of care starting on or before the previous episode ended', () => {
    const Episodes = [
      { CHILD: 'a', RNE: 'S', DECOM: '01/06/2025', DEC: '04/06/2025' },
      { CHILD: 'a', RNE: 'S', DECOM: '05/06/2025', DEC: '06/06/2025' },
      { CHILD: 'a', RNE: 'P', DECOM: '06/06/2025', DEC: '08/06/2025' },
      { CHILD: 'b', RNE: 'S', DECOM: '28/02/2024', DEC: '29/02/2024' },
      { CHILD: 'b', RNE: 'S', DECOM: '29/02/2024', DEC: '' },
    ];
    expect(rule431.validate(dataB({ Episodes }))).toEqual({ Episodes: [4] });
    expect(rule431.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_431.py: a blank CHILD is NaN, and CHILD == CHILD_PREV is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', DEC: '10/05/2025' },
      { CHILD: c, RNE: 'S', DECOM: '10/05/2025', DEC: '' },
    ];
    expect(rule431.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule431.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
