import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8608 } from './8608.ts';

describe('8608', () => {
  it('fails an assessment authorised before it started', () => {
    const rows = [
      { AssessmentActualStartDate: '2024-03-01', AssessmentAuthorisationDate: '2024-02-29' },
      { AssessmentActualStartDate: '2025-04-01', AssessmentAuthorisationDate: '2025-04-01' },
      { AssessmentActualStartDate: '2025-04-01', AssessmentAuthorisationDate: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8608.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0] });
  });
});
