import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8670Q, workingDaysBeforeE } from './8670Q.ts';

describe('8670Q', () => {
  it('steps back over weekends and bank holidays', () => {
    expect(workingDaysBeforeE('2026-03-31', 45)).toBe('2026-01-27');
    // 1 January 2026 is a bank holiday: five working days before Friday 9 January is Friday 2 January.
    expect(workingDaysBeforeE('2026-01-09', 5)).toBe('2026-01-02');
    // From a Sunday the first step back lands on Friday.
    expect(workingDaysBeforeE('2025-12-28', 1)).toBe('2025-12-24');
  });

  it('queries an unauthorised assessment started more than 45 working days before 31 March', () => {
    const rows = [
      { AssessmentActualStartDate: '2026-01-26', AssessmentAuthorisationDate: '' }, // query
      { AssessmentActualStartDate: '2026-01-27', AssessmentAuthorisationDate: '' }, // exactly 45: pass
      { AssessmentActualStartDate: '2025-10-15', AssessmentAuthorisationDate: '2025-11-01' }, // authorised
      { AssessmentActualStartDate: '', AssessmentAuthorisationDate: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8670Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0] });
  });
});
