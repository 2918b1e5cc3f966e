import { describe, expect, it } from 'vitest';
import { rule207 } from './207.ts';
import { testData } from './helpers-a.ts';

describe('207', () => {
  it('fails a mother last year who is not a mother this year, for children with episodes', () => {
    const header = [
      { CHILD: 'a', MOTHER: '1' },
      { CHILD: 'b', MOTHER: '0' },
      { CHILD: 'c', MOTHER: '' },
      { CHILD: 'd', MOTHER: '0' }, // no episodes
      { CHILD: 'e', MOTHER: '1' },
    ];
    const last = ['a', 'b', 'c', 'd'].map((CHILD) => ({ CHILD, MOTHER: '1' }));
    last.push({ CHILD: 'e', MOTHER: '0' });
    const episodes = ['a', 'b', 'c', 'e'].map((CHILD) => ({ CHILD }));
    expect(rule207.validate(testData({ Header: header, Episodes: episodes }, { Header: last }))).toEqual({
      Header: [1, 2],
    });
  });
});
