import { describe, expect, it } from 'vitest';
import { rule433 } from './433.ts';
import { dataB } from './helpers-b.ts';

describe('433', () => {
  it('fails a continuation episode not starting when the previous one ended', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '20/10/2025', RNE: 'S', DEC: '20/11/2025' },
      { CHILD: 'b', DECOM: '29/02/2024', RNE: 'P', DEC: '' },
      { CHILD: 'b', DECOM: '17/06/2023', RNE: 'S', DEC: '29/02/2024' },
      { CHILD: 'c', DECOM: '04/04/2025', RNE: 'S', DEC: '12/09/2025' },
      { CHILD: 'c', DECOM: '11/09/2025', RNE: 'B', DEC: '' },
      { CHILD: 'd', DECOM: '04/04/2025', RNE: 'S', DEC: '' },
      { CHILD: 'd', DECOM: '11/09/2025', RNE: 'L', DEC: '' },
    ];
    expect(rule433.validate(dataB({ Episodes }))).toEqual({ Episodes: [4, 6] });
    expect(rule433.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_433.py: a blank CHILD is NaN, and same_child = PREVIOUS_CHILD == CHILD is false for it.
    const episodes = (c: string) => [
      { CHILD: c, RNE: 'S', DECOM: '01/05/2025', DEC: '05/05/2025' },
      { CHILD: c, RNE: 'P', DECOM: '10/05/2025', DEC: '' },
    ];
    expect(rule433.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule433.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
