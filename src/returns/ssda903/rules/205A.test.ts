import { describe, expect, it } from 'vitest';
import { rule205A } from './205A.ts';
import { testData } from './helpers-a.ts';
import { validateSsda903 } from '../validate.ts';

// XML-style rows carry their own UASC flag; CSV rows get it from the UASC table.
/** The rows a rule finds when run as the service runs it (skipped when a table it needs is absent). */
function findings(data: Parameters<typeof validateSsda903>[0]) {
  return validateSsda903(data, [rule205A]).map((f) => `${f.table} ${f.row}`);
}

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

  // Reference rule_205A.py (lac2022_23), validate(): for a CSV upload without Header or Header_last it
  // stands in one row per UASC row, flagged 1 when a cell other than CHILD and DOB is given, and reports
  // the UASC rows alone; it needs only both years' UASC tables.
  it('runs without either year’s Header, taking the flags from the UASC rows’ SEX and DUC', () => {
    const uasc = [
      { CHILD: 'a', SEX: '', DOB: '01/01/2008', DUC: '' }, // not UASC this year
      { CHILD: 'b', SEX: '', DOB: '01/01/2008', DUC: '' },
    ];
    const uascLast = [
      { CHILD: 'a', SEX: 'M', DOB: '01/01/2008', DUC: '31/03/2024' }, // ceased before last year: fails
      { CHILD: 'b', SEX: 'M', DOB: '01/01/2008', DUC: '01/06/2024' }, // ceased last year: passes
    ];
    expect(findings(testData({ UASC: uasc }, { UASC: uascLast }))).toEqual(['UASC 0']);
    // With this year's Header but not last year's: a CSV Header row is flagged 1 for a child in the UASC
    // table, so only a UASC row whose child has no Header row can fail, and no Header row fails.
    const header = [{ CHILD: 'c' }];
    const uascNow = [{ CHILD: 'c', SEX: 'M', DOB: '01/01/2008', DUC: '' }, ...uasc];
    expect(findings(testData({ UASC: uascNow, Header: header }, { UASC: uascLast }))).toEqual(['UASC 1']);
  });
});
