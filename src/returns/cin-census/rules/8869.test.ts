import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8869 } from './8869.ts';

describe('8869', () => {
  it('fails the other factors of an assessment on which factor 21 is recorded', () => {
    const Assessments = [
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '21',
      },
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '1A',
      },
      {
        LAchildID: 'b',
        CINdetailsID: '1',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '2A',
      },
      {
        LAchildID: 'b',
        CINdetailsID: '1',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '3B',
      },
      {
        LAchildID: 'c',
        CINdetailsID: '1',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '21',
      },
      {
        LAchildID: 'c',
        CINdetailsID: '2',
        AssessmentAuthorisationDate: '2025-06-01',
        AssessmentFactors: '1A',
      },
    ];
    expect(rule8869.validate(censusD({ Assessments }))).toEqual({ Assessments: [1] });
  });

  it('tells assessments apart by authorisation date, and flags only the factors that are not 21', () => {
    // rule_8869.py: the "21" rows are merged with the rows of the same LAchildID, CINdetailsID and
    // AssessmentAuthorisationDate (missing dates matching each other, as pandas merges them), and only the
    // merged rows whose factor is not "21" are pushed (`ROW_ID_orig`).
    const ids = { LAchildID: 'a', CINdetailsID: '1' };
    const Assessments = [
      { ...ids, AssessmentAuthorisationDate: '2025-06-01', AssessmentFactors: '21' },
      { ...ids, AssessmentAuthorisationDate: '2025-06-01', AssessmentFactors: '1A' },
      { ...ids, AssessmentAuthorisationDate: '2025-07-01', AssessmentFactors: '2B' },
      { ...ids, AssessmentAuthorisationDate: '', AssessmentFactors: '21' },
      { ...ids, AssessmentAuthorisationDate: 'pending', AssessmentFactors: '' },
    ];
    expect(rule8869.validate(censusD({ Assessments }))).toEqual({ Assessments: [1, 4] });
  });

  it('compares whole cells, as the reference does', () => {
    // rule_8869.py: `df[AssessmentFactors].astype(str) == "21"`; a cell "21,1A" is not "21".
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentFactors: '21,1A' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentFactors: '21' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentFactors: '1A, 21' },
    ];
    expect(rule8869.validate(censusD({ Assessments }))).toEqual({ Assessments: [2] });
  });
});
