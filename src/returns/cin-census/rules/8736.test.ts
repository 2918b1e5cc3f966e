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
    expect(rule8736.validate(censusD({ Assessments }))).toEqual({ Assessments: [3, 5] });
  });

  it('fails an unauthorised assessment with no start date, and passes one started on 31 March 2025', () => {
    // rule_8736 fails rows with no authorisation date whose start is not between the census start and the
    // reference date: a missing (NaT) start is not between them. The census start is the reference date
    // less one year (utils.make_census_period), 31 March 2025. An authorisation that is not a date is NaT too.
    const Assessments = [
      { AssessmentActualStartDate: '', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2025-03-31', AssessmentAuthorisationDate: '' },
      { AssessmentActualStartDate: '2025-03-30', AssessmentAuthorisationDate: 'not a date' },
    ];
    expect(rule8736.validate(censusD({ Assessments }))).toEqual({ Assessments: [0, 2] });
  });
});
