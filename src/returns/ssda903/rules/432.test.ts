import { describe, expect, it } from 'vitest';
import { rule432 } from './432.ts';
import { dataB } from './helpers-b.ts';

describe('432', () => {
  it('fails an episode after the end of a period of care that is not RNE S', () => {
    const Episodes = [
      { CHILD: 'a', RNE: 'S', DECOM: '01/06/2025', REC: 'E2' },
      { CHILD: 'a', RNE: 'P', DECOM: '05/06/2025', REC: 'X1' },
      { CHILD: 'a', RNE: 'T', DECOM: '06/06/2025', REC: 'E3' },
      { CHILD: 'a', RNE: 'S', DECOM: '08/06/2025', REC: '' },
      { CHILD: 'b', RNE: 'P', DECOM: '05/06/2025', REC: '' },
    ];
    expect(rule432.validate(dataB({ Episodes }))).toEqual({ Episodes: [1] });
    expect(rule432.validate(dataB({ Episodes: Episodes.slice(2) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_432.py: a blank CHILD is NaN, and CHILD == CHILD_PRE in the query is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', REC: 'E3' },
      { CHILD: c, RNE: 'P', DECOM: '10/05/2025', REC: '' },
    ];
    expect(rule432.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule432.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
