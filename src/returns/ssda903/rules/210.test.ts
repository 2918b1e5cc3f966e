import { describe, expect, it } from 'vitest';
import { rule210 } from './210.ts';
import { testData } from './helpers-a.ts';

describe('210', () => {
  it('fails UN4 for a child with an episode starting on or after 24 March', () => {
    const header = [
      { CHILD: 'a', UPN: 'UN4' },
      { CHILD: 'b', UPN: 'UN4' },
      { CHILD: 'c', UPN: 'UN3' },
    ];
    const episodes = [
      { CHILD: 'a', DECOM: '01/01/2026' },
      { CHILD: 'a', DECOM: '24/03/2026' },
      { CHILD: 'b', DECOM: '23/03/2026' },
      { CHILD: 'c', DECOM: '30/03/2026' },
    ];
    expect(rule210.validate(testData({ Header: header, Episodes: episodes }))).toEqual({
      Episodes: [1],
      Header: [0],
    });
  });
});
