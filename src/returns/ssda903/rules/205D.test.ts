import { describe, expect, it } from 'vitest';
import { rule205D } from './205D.ts';
import { testData } from './helpers-a.ts';
import { validateSsda903 } from '../validate.ts';

/** The rows a rule finds when run as the service runs it (skipped when a table it needs is absent). */
function findings(data: Parameters<typeof validateSsda903>[0]) {
  return validateSsda903(data, [rule205D]).map((f) => `${f.table} ${f.row}`);
}

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

  // Reference rule_205D.py (lac2022_23), validate() and its test (fake_dfs_205_csv_2): without the Headers
  // the flags come from the UASC rows (SEX or DUC given), children in both years are compared, and the
  // UASC row is reported.
  it('runs without either year’s Header, reporting the UASC row', () => {
    const uasc = [
      { CHILD: 'a', SEX: 'M', DOB: '23/07/2008', DUC: '' }, // UASC both years: passes
      { CHILD: 'b', SEX: 'M', DOB: '23/07/2008', DUC: '' }, // not UASC last year: fails
      { CHILD: 'c', SEX: 'M', DOB: '23/07/2008', DUC: '' }, // not in last year's UASC: passes
    ];
    const uascLast = [
      { CHILD: 'a', SEX: 'M', DOB: '23/07/2008', DUC: '' },
      { CHILD: 'b', SEX: '', DOB: '23/07/2008', DUC: '' },
    ];
    expect(findings(testData({ UASC: uasc }, { UASC: uascLast }))).toEqual(['UASC 1']);
  });
});
