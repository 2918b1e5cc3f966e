import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8696 } from './8696.ts';

describe('8696', () => {
  it('fails an assessment authorised outside 1 April 2025 to 31 March 2026', () => {
    const Assessments = [
      { AssessmentAuthorisationDate: '2025-03-31' },
      { AssessmentAuthorisationDate: '2025-04-01' },
      { AssessmentAuthorisationDate: '2026-03-31' },
      { AssessmentAuthorisationDate: '2026-04-01' },
      { AssessmentAuthorisationDate: '' },
    ];
    expect(rule8696.validate(censusD({ Assessments }))).toEqual({ Assessments: [3] });
  });

  it('passes an authorisation on 31 March 2025, as the reference validator does', () => {
    // csc-validator-be-cin utils.make_census_period starts the census year at the reference date less one year
    // (31 March 2025), and its rule_8620 test passes a date on that day; rule_8696 fails only dates before that start.
    const Assessments = [
      { AssessmentAuthorisationDate: '2025-03-31' },
      { AssessmentAuthorisationDate: '2025-03-30' },
    ];
    expect(rule8696.validate(censusD({ Assessments }))).toEqual({ Assessments: [1] });
  });
});
