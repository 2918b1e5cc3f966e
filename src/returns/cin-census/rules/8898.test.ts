import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8898 } from './8898.ts';

describe('8898', () => {
  it('flags every row of a factor repeated on the same assessment', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-02', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '2', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '2B' },
    ];
    expect(rule8898.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });

  it('compares start dates as dates, however the time is written', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025-05-01', AssessmentFactors: '1A' },
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        AssessmentActualStartDate: '2025-05-01T00:00:00',
        AssessmentFactors: '1A',
      },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2025/05/02', AssessmentFactors: '1A' },
    ];
    expect(rule8898.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1] });
  });
});

describe('8898, assessments told apart as the reference tells them', () => {
  it('compares the factors of one assessment (AssessmentID), not of assessments starting the same day', () => {
    // rule_8898.py: `df_ass_merged.duplicated([LAchildID, CINdetailsID, AssessmentID, AssessmentFactor],
    // keep=False)`.
    const row = (id: string, factor: string) => ({
      LAchildID: 'a',
      CINdetailsID: '1',
      AssessmentID: id,
      AssessmentActualStartDate: '2025-05-01',
      AssessmentFactors: factor,
    });
    const rows = [row('1', '1A'), row('2', '1A'), row('3', '2B'), row('3', '2B'), row('3', '3A')];
    expect(rule8898.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [2, 3] });
  });
});
