import { describe, expect, it } from 'vitest';
import { rule205D } from './205D.ts';
import { testData } from './helpers-a.ts';

describe('205D', () => {
  it('fails a child UASC this year who was in last year’s return but not UASC', () => {
    const uasc = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }];
    const uascLast = [{ CHILD: 'b' }];
    const header = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'c' }, { CHILD: 'd' }];
    const headerLast = [{ CHILD: 'a' }, { CHILD: 'b' }, { CHILD: 'd' }];
    expect(
      rule205D.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: headerLast })),
    ).toEqual({ Header: [0] });
  });

  it('reads a Header UASC flag as given: 1 with spaces around it is not 1', () => {
    const uasc = [{ CHILD: 'a' }, { CHILD: 'b' }];
    const header = [
      { CHILD: 'a', UASC: ' 1' }, // not 1: passes
      { CHILD: 'b', UASC: '1' },
    ];
    const headerLast = [
      { CHILD: 'a', UASC: '0' },
      { CHILD: 'b', UASC: '1 ' }, // not 1: fails
    ];
    expect(rule205D.validate(testData({ UASC: uasc, Header: header }, { Header: headerLast }))).toEqual({
      Header: [1],
    });
  });
});
