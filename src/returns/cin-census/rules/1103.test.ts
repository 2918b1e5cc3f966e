import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule1103 } from './1103.ts';

describe('1103', () => {
  it('fails an assessment starting before its referral, flagging both', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', CINreferralDate: '2024-02-29' },
      { LAchildID: 'b', CINdetailsID: '1', CINreferralDate: '' },
    ];
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2024-02-28' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '2024-02-29' },
      { LAchildID: 'a', CINdetailsID: '2', AssessmentActualStartDate: '2020-01-01' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentActualStartDate: '2020-01-01' },
      { LAchildID: 'a', CINdetailsID: '1', AssessmentActualStartDate: '' },
    ];
    expect(rule1103.validate(censusD({ CINdetails, Assessments }))).toEqual({
      Assessments: [0],
      CINdetails: [0],
    });
  });
});
