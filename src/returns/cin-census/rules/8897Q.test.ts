import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8897Q } from './8897Q.ts';

describe('8897Q', () => {
  it('queries an assessment completed in the year with a missing or invalid factor', () => {
    const rows = [
      { AssessmentAuthorisationDate: '2025-05-26', AssessmentFactors: '' }, // query
      { AssessmentAuthorisationDate: '2025-05-26', AssessmentFactors: '99' }, // query
      { AssessmentAuthorisationDate: '2025-04-01', AssessmentFactors: '1A' },
      { AssessmentAuthorisationDate: '2025-03-31', AssessmentFactors: '' }, // before the year
      { AssessmentAuthorisationDate: '', AssessmentFactors: '' }, // not completed
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8897Q.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });
});
