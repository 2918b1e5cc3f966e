import { describe, expect, it } from 'vitest';
import { rule302 } from './302.ts';
import { testData } from './helpers-a.ts';

describe('302', () => {
  it('fails a first episode that starts before the date of birth', () => {
    const header = [
      { CHILD: 'a', DOB: '16/03/2021' },
      { CHILD: 'b', DOB: '23/09/2019' },
      { CHILD: 'c', DOB: '' },
    ];
    const episodes = [
      { CHILD: 'a', DECOM: '16/03/2021' }, // same day: passes
      { CHILD: 'b', DECOM: '01/06/2020' },
      { CHILD: 'b', DECOM: '22/09/2019' }, // first: fails
      { CHILD: 'c', DECOM: '01/01/2020' },
    ];
    expect(rule302.validate(testData({ Header: header, Episodes: episodes }))).toEqual({
      Episodes: [2],
      Header: [1],
    });
  });
});
