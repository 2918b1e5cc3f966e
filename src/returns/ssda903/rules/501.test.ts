import { describe, expect, it } from 'vitest';
import { rule501 } from './501.ts';
import { dataB } from './helpers-b.ts';

describe('501', () => {
  it('fails an episode starting before the previous one ended', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/06/2025', DEC: '04/06/2025' },
      { CHILD: 'a', DECOM: '02/06/2025', DEC: '06/06/2025' },
      { CHILD: 'a', DECOM: '06/06/2025', DEC: '' },
      { CHILD: 'b', DECOM: '28/02/2024', DEC: '01/03/2024' },
      { CHILD: 'b', DECOM: '29/02/2024', DEC: '' },
      { CHILD: 'c', DECOM: '28/02/2024', DEC: '29/02/2024' },
      { CHILD: 'c', DECOM: '29/02/2024', DEC: '' },
    ];
    expect(rule501.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 4] });
    expect(rule501.validate(dataB({ Episodes: Episodes.slice(5) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_501.py: a blank CHILD is NaN, and CHILD == CHILD_prev is false for it.
    const episodes = (c: string) => [
      { CHILD: c, DECOM: '01/05/2025', DEC: '20/05/2025' },
      { CHILD: c, DECOM: '10/05/2025', DEC: '' },
    ];
    expect(rule501.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [1] });
    expect(rule501.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
