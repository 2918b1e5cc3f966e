import { describe, expect, it } from 'vitest';
import { rule399 } from './399.ts';
import { dataB } from './helpers-b.ts';

describe('399', () => {
  it('fails mother or review data for children only ever on short breaks', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'V4' },
      { CHILD: 'a', LS: 'V4' },
      { CHILD: 'b', LS: 'V3' },
      { CHILD: 'c', LS: 'V3' },
      { CHILD: 'c', LS: 'C2' },
    ];
    const Header = [
      { CHILD: 'a', MOTHER: '0' },
      { CHILD: 'b', MOTHER: '' },
      { CHILD: 'c', MOTHER: '1' },
    ];
    const Reviews = [
      { CHILD: 'a', REVIEW: '', REVIEW_CODE: '' },
      { CHILD: 'b', REVIEW: '', REVIEW_CODE: '' },
      { CHILD: 'c', REVIEW: '01/01/2026', REVIEW_CODE: 'PN1' },
    ];
    expect(rule399.validate(dataB({ Episodes, Header, Reviews }))).toEqual({
      Episodes: [0, 1],
      Header: [0],
      Reviews: [0],
    });
    expect(rule399.validate(dataB({ Episodes: Episodes.slice(2), Header, Reviews }))).toEqual({});
  });

  it('does not take a blank CHILD for a child, as the reference does', () => {
    // Reference rule_399.py: groupby("CHILD")...transform("min") leaves a blank (NaN) CHILD out, so its
    // LS_CHECK is not True.
    const tables = (c: string) => ({
      Episodes: [{ CHILD: c, LS: 'V3' }],
      Header: [{ CHILD: c, MOTHER: '1' }],
      Reviews: [{ CHILD: c, REVIEW: '', REVIEW_CODE: '' }],
    });
    expect(rule399.validate(dataB(tables('a')))).toEqual({ Episodes: [0], Header: [0], Reviews: [0] });
    expect(rule399.validate(dataB(tables('')))).toEqual({});
  });
});
