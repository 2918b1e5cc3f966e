import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8670Q } from './8670Q.ts';
import { censusWorkingDaysBefore, workingDaysBefore } from './helpers-d.ts';

describe('8670Q', () => {
  it('steps back over weekends and bank holidays', () => {
    expect(workingDaysBefore('2026-03-31', 45)).toBe('2026-01-27');
    // 1 January 2026 is a bank holiday: five working days before Friday 9 January is Friday 2 January.
    expect(workingDaysBefore('2026-01-09', 5)).toBe('2026-01-02');
    // From a Sunday the first step back lands on Friday.
    expect(workingDaysBefore('2025-12-28', 1)).toBe('2025-12-24');
  });

  it('queries an unauthorised assessment started more than 45 working days before 31 March', () => {
    const rows = [
      { AssessmentActualStartDate: '2026-01-26', AssessmentAuthorisationDate: '' }, // query
      { AssessmentActualStartDate: '2026-01-28', AssessmentAuthorisationDate: '' }, // the limit itself: pass
      { AssessmentActualStartDate: '2025-10-15', AssessmentAuthorisationDate: '2025-11-01' }, // authorised
      { AssessmentActualStartDate: '', AssessmentAuthorisationDate: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8670Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0] });
  });

  it('counts the working days as the reference validator does (45 working days back is 28 January 2026)', () => {
    // csc-validator-be-cin utils.england_working_days(45) is CustomBusinessDay(n=44), and rule_8670Q takes
    // collection_end - england_working_days(45): Tuesday 27 January 2026 is before that limit and is queried.
    expect(censusWorkingDaysBefore('2026-03-31', 45)).toBe('2026-01-28');
    // A reference date on a Sunday moves on to the next working day first (pandas rolls forward when subtracting).
    expect(censusWorkingDaysBefore('2024-03-31', 15)).toBe('2024-03-11');
    const rows = [
      { LAchildID: 'a', AssessmentActualStartDate: '2026-01-27', AssessmentAuthorisationDate: '' },
      { LAchildID: 'b', AssessmentActualStartDate: '2026-01-28', AssessmentAuthorisationDate: '' },
    ];
    expect(rule8670Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0] });
  });
});
