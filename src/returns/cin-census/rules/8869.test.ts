import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8869 } from './8869.ts';

describe('8869', () => {
  it('fails factor 21 recorded with any other factor', () => {
    const Assessments = [
      { AssessmentFactors: '21' },
      { AssessmentFactors: '21,1A' },
      { AssessmentFactors: '2A 3B' },
      { AssessmentFactors: '' },
      { AssessmentFactors: '1A, 21' },
    ];
    expect(rule8869.validate(censusD({ Assessments }))).toEqual({ Assessments: [1, 4] });
  });
});
