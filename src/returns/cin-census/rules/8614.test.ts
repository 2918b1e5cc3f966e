import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8614 } from './8614.ts';

describe('8614', () => {
  it('fails factors recorded on an assessment that is not authorised', () => {
    const Assessments = [
      { AssessmentAuthorisationDate: '2025-05-26', AssessmentFactors: '1A' },
      { AssessmentAuthorisationDate: '', AssessmentFactors: '1A' },
      { AssessmentAuthorisationDate: '', AssessmentFactors: '' },
    ];
    expect(rule8614.validate(censusD({ Assessments }))).toEqual({ Assessments: [1] });
  });

  it('fails factors on an assessment whose authorisation date is not a date', () => {
    // rule_8614: AssessmentAuthorisationDate.isna(), and a value that is not a date is read as NaT.
    const Assessments = [{ AssessmentAuthorisationDate: 'not a date', AssessmentFactors: '1A' }];
    expect(rule8614.validate(censusD({ Assessments }))).toEqual({ Assessments: [0] });
  });
});
