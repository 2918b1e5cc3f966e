import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8896 } from './8896.ts';

describe('8896', () => {
  it('fails an episode with two open assessments, flagging all its rows', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentID: 'x', AssessmentAuthorisationDate: '' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentID: 'y', AssessmentAuthorisationDate: '' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentID: 'z', AssessmentAuthorisationDate: '2025-06-01' },
      // one open assessment in each of two episodes
      { LAchildID: 'b', CINdetailsID: '1', AssessmentID: 'x', AssessmentAuthorisationDate: '' },
      { LAchildID: 'b', CINdetailsID: '2', AssessmentID: 'y', AssessmentAuthorisationDate: '' },
    ];
    expect(rule8896.validate(censusE({ Assessments: rows }))).toEqual({ Assessments: [0, 1, 2] });
  });
});

describe('8896, assessments with no LAchildID', () => {
  it('does not count open assessments of a child with no LAchildID', () => {
    // rule_8896.py: `df_check.groupby([LAchildID, CINdetailsID])` leaves out rows whose LAchildID is
    // missing, so they are never counted as open.
    const rows = [
      { LAchildID: '', CINdetailsID: '1', AssessmentID: '1', AssessmentAuthorisationDate: '' },
      { LAchildID: '', CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '' },
    ];
    expect(rule8896.validate(censusE({ Assessments: rows }))).toEqual({});
  });
});
