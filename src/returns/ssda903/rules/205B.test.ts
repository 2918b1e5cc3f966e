import { describe, expect, it } from 'vitest';
import { rule205B } from './205B.ts';
import { testData } from './helpers-a.ts';
import { validateSsda903 } from '../validate.ts';

/** The rows a rule finds when run as the service runs it (skipped when a table it needs is absent). */
function findings(data: Parameters<typeof validateSsda903>[0]) {
  return validateSsda903(data, [rule205B]).map((f) => `${f.table} ${f.row}`);
}

describe('205B', () => {
  it('fails a child UASC both years unless last year’s DUC is the 18th birthday and this year’s fits', () => {
    const uasc = [
      { CHILD: 'a', DOB: '01/06/2007', DUC: '01/06/2025' }, // DUC in year, last DUC on 18th: passes
      { CHILD: 'b', DOB: '01/06/2007', DUC: '01/06/2025' }, // last DUC not the 18th birthday
      { CHILD: 'c', DOB: '29/02/2008', DUC: '28/02/2026' }, // 18th of 29 Feb is 28 Feb: passes
      { CHILD: 'd', DOB: '01/06/2007', DUC: '01/06/2024' }, // DUC before year, not last year's
    ];
    const uascLast = [
      { CHILD: 'a', DOB: '01/06/2007', DUC: '01/06/2025' },
      { CHILD: 'b', DOB: '01/06/2007', DUC: '02/06/2025' },
      { CHILD: 'c', DOB: '29/02/2008', DUC: '28/02/2026' },
      { CHILD: 'd', DOB: '01/06/2007', DUC: '01/06/2025' },
    ];
    const header = ['a', 'b', 'c', 'd'].map((CHILD) => ({ CHILD }));
    expect(
      rule205B.validate(testData({ UASC: uasc, Header: header }, { UASC: uascLast, Header: header })),
    ).toEqual({ UASC: [1, 3], Header: [1, 3] });
  });

  // Reference rule_205B.py (lac2022_23), validate() and its test (fake_dfs_205_csv_2): without the Headers
  // the flags come from the UASC rows (SEX or DUC given) and only UASC rows are reported.
  it('runs without either year’s Header, taking the flags from the UASC rows’ SEX and DUC', () => {
    const uasc = [
      { CHILD: 'a', SEX: 'F', DOB: '01/06/2007', DUC: '01/06/2025' }, // last DUC on 18th: passes
      { CHILD: 'b', SEX: 'F', DOB: '01/06/2007', DUC: '01/06/2025' }, // last DUC not the 18th: fails
    ];
    const uascLast = [
      { CHILD: 'a', SEX: 'F', DOB: '01/06/2007', DUC: '01/06/2025' },
      { CHILD: 'b', SEX: 'F', DOB: '01/06/2007', DUC: '02/06/2025' },
    ];
    expect(findings(testData({ UASC: uasc }, { UASC: uascLast }))).toEqual(['UASC 1']);
  });
});
