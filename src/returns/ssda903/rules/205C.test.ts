import { describe, expect, it } from 'vitest';
import { rule205C } from './205C.ts';
import { testData } from './helpers-a.ts';
import { validateSsda903 } from '../validate.ts';

/** The rows a rule finds when run as the service runs it (skipped when a table it needs is absent). */
function findings(data: Parameters<typeof validateSsda903>[0]) {
  return validateSsda903(data, [rule205C]).map((f) => `${f.table} ${f.row}`);
}

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

  // Reference rule_205C.py (lac2022_23), validate(): without last year's Header it stands in a row per
  // last year's UASC row, flagged 0 when SEX and DUC are blank, and still checks this year's DUC.
  it('runs without last year’s Header, taking last year’s flags from the UASC rows', () => {
    const uasc = [{ CHILD: 'a', SEX: 'M', DUC: '01/06/2025' }];
    const uascLast = [{ CHILD: 'a', SEX: '', DUC: '' }];
    const header = [{ CHILD: 'a', UASC: '0' }];
    expect(findings(testData({ UASC: uasc, Header: header }, { UASC: uascLast })).sort()).toEqual([
      'Header 0',
      'UASC 0',
    ]);
  });
});
