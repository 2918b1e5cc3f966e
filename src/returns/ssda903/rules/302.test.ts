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

describe('302, episodes without a child id', () => {
  it('leaves out episodes and Header rows whose CHILD is blank', () => {
    // Reference lac2022_23/rule_302.py finds each child's first episode with groupby('CHILD'), which leaves
    // out rows with a blank (NaN) CHILD.
    const Episodes = [{ CHILD: '', DECOM: '01/06/2020' }];
    const Header = [{ CHILD: '', DOB: '01/01/2021' }];
    expect(rule302.validate(testData({ Episodes, Header }))).toEqual({});
  });
});
