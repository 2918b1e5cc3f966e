import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8736 } from './8736.ts';

describe('8736', () => {
  it('fails an unauthorised assessment that started outside the census year', () => {
    const Assessments = [
      { AssessmentActualStartDate: '2025-03-31', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2025-04-01', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2026-03-31', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2026-04-01', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2025-03-31', AssessmentAuthorisationDate: '2025-04-10' },
      { AssessmentActualStartDate: '', AssessmentAuthorisationDate: '' },
    ];
    expect(rule8736.validate(censusD({ Assessments }))).toEqual({ Assessments: [0, 3] });
  });
});
