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

  it('reads one row per factor, as the XML gives them: 21 with another factor of the same assessment', () => {
    const ids = { LAchildID: 'a', CINdetailsID: '1' };
    const Assessments = [
      { ...ids, AssessmentID: '1', AssessmentFactors: '21' },
      { ...ids, AssessmentID: '1', AssessmentFactors: '1A' },
      { ...ids, AssessmentID: '2', AssessmentFactors: '21' }, // 21 alone on its assessment: pass
      { ...ids, AssessmentID: '3', AssessmentFactors: '2B' },
      { ...ids, AssessmentID: '3', AssessmentFactors: '3B' },
    ];
    expect(rule8869.validate(censusD({ Assessments }))).toEqual({ Assessments: [0, 1] });
  });
});
