import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8897Q } from './8897Q.ts';

describe('8897Q', () => {
  it('queries an assessment completed in the year with a missing or invalid factor', () => {
    const rows = [
      { AssessmentAuthorisationDate: '2025-05-26', AssessmentFactors: '' }, // query
      { AssessmentAuthorisationDate: '2025-05-26', AssessmentFactors: '99' }, // query
      { AssessmentAuthorisationDate: '2025-04-01', AssessmentFactors: '1A' },
      { AssessmentAuthorisationDate: '2025-03-30', AssessmentFactors: '' }, // before the year
      { AssessmentAuthorisationDate: '', AssessmentFactors: '' }, // not completed
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8897Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });
});

describe('8897Q, the census year as the reference counts it', () => {
  it('queries an assessment authorised on the reference date less one year', () => {
    // rule_8897Q.py: `df[AssessmentAuthorisationDate] >= collection_start`, collection_start being the
    // reference date less one year (make_census_period): 31 March 2025 for the 2025/26 census.
    const rows = [{ LAchildID: 'a', AssessmentAuthorisationDate: '2025-03-31', AssessmentFactors: '' }];
    expect(rule8897Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0] });
  });
});
