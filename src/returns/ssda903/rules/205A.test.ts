import { describe, expect, it } from 'vitest';
import { rule205A } from './205A.ts';
import { testData } from './helpers-a.ts';

// XML-style rows carry their own UASC flag; CSV rows get it from the UASC table.
describe('205A', () => {
  it('fails a child UASC only last year whose DUCs do not show the status ending last year', () => {
    const uasc = [
      { CHILD: 'a', DOB: '01/01/2008', DUC: '' }, // last DUC in last year: passes
      { CHILD: 'b', DOB: '01/01/2008', DUC: '01/05/2025' }, // a DUC this year: fails
      { CHILD: 'c', DOB: '01/01/2008', DUC: '' }, // last DUC before last year: fails
      { CHILD: 'd', DOB: '01/01/2008', DUC: '' }, // UASC this year too: not this rule
    ];
    const uascLast = [
      { CHILD: 'a', DOB: '01/01/2008', DUC: '31/03/2025' },
      { CHILD: 'b', DOB: '01/01/2008', DUC: '01/04/2024' },
      { CHILD: 'c', DOB: '01/01/2008', DUC: '31/03/2024' },
      { CHILD: 'd', DOB: '01/01/2008', DUC: '' },
    ];
    const header = ['a', 'b', 'c', 'd'].map((CHILD) => ({ CHILD, UASC: CHILD === 'd' ? '1' : '0' }));
    const headerLast = ['a', 'b', 'c', 'd'].map((CHILD) => ({ CHILD, UASC: '1' }));
    expect(
      rule205A.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: headerLast })),
    ).toEqual({ UASC: [1, 2], Header: [1, 2] });
  });
  it('derives the flags from the UASC tables for CSV headers, so a child in this year’s UASC is UASC', () => {
    const uasc = [{ CHILD: 'a', DOB: '01/01/2008', DUC: '01/05/2025' }];
    const uascLast = [{ CHILD: 'a', DOB: '01/01/2008', DUC: '31/03/2024' }];
    const header = [{ CHILD: 'a' }];
    expect(
      rule205A.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: header })),
    ).toEqual({});
  });
});
