import { describe, expect, it } from 'vitest';
import { rule437 } from './437.ts';
import { dataB } from './helpers-b.ts';

describe('437', () => {
  it('fails E2/E15 episodes followed by another episode of the child', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '20/10/2025', REC: 'E2' },
      { CHILD: 'b', DECOM: '19/11/2025', REC: 'E15' },
      { CHILD: 'b', DECOM: '17/06/2025', REC: 'X1' },
      { CHILD: 'c', DECOM: '11/09/2025', REC: 'E15' },
      { CHILD: 'c', DECOM: '07/01/2026', REC: '' },
      { CHILD: 'd', DECOM: '', REC: 'E2' },
      { CHILD: 'd', DECOM: '20/12/2025', REC: 'X1' },
    ];
    expect(rule437.validate(dataB({ Episodes }))).toEqual({ Episodes: [3] });
    expect(rule437.validate(dataB({ Episodes: Episodes.slice(0, 3) }))).toEqual({});
  });

  it('does not take episodes with a blank CHILD for one child, as the reference does', () => {
    // Reference rule_437.py: a blank CHILD is NaN, and has_later_episode = CHILD == NEXT_CHILD is false for it.
    const episodes = (c: string) => [
      { CHILD: c, DECOM: '01/05/2025', REC: 'E15' },
      { CHILD: c, DECOM: '10/05/2025', REC: '' },
    ];
    expect(rule437.validate(dataB({ Episodes: episodes('a') }))).toEqual({ Episodes: [0] });
    expect(rule437.validate(dataB({ Episodes: episodes('') }))).toEqual({});
  });
});
