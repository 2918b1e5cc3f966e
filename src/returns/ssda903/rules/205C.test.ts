import { describe, expect, it } from 'vitest';
import { rule205C } from './205C.ts';
import { testData } from './helpers-a.ts';

describe('205C', () => {
  it('fails a DUC for a child UASC in neither year', () => {
    const uasc = [
      { CHILD: 'a', DUC: '01/06/2025' },
      { CHILD: 'b', DUC: '' },
      { CHILD: 'c', DUC: '' },
      { CHILD: 'd', DUC: '01/06/2025' },
    ];
    const uascLast = [
      { CHILD: 'b', DUC: '01/06/2024' },
      { CHILD: 'c', DUC: '' },
    ];
    const header = [
      { CHILD: 'a', UASC: '0' },
      { CHILD: 'b', UASC: '0' },
      { CHILD: 'c', UASC: '0' },
      { CHILD: 'd', UASC: '1' },
    ];
    const headerLast = [
      { CHILD: 'b', UASC: '0' },
      { CHILD: 'c', UASC: '0' },
    ];
    expect(
      rule205C.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: headerLast })),
    ).toEqual({ UASC: [0, 1], Header: [0, 1] });
  });

  it('reads a Header UASC flag as given: a flag of spaces is neither 0 nor missing', () => {
    const uasc = [{ CHILD: 'a', DUC: '01/06/2025' }];
    const uascLast = [{ CHILD: 'a', DUC: '' }];
    const header = [{ CHILD: 'a', UASC: '  ' }];
    const headerLast = [{ CHILD: 'a', UASC: ' 0' }];
    expect(
      rule205C.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: headerLast })),
    ).toEqual({});
  });
});
