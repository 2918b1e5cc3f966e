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
    expect(rule8696.validate(censusD({ Assessments }))).toEqual({ Assessments: [0, 3] });
  });
});
