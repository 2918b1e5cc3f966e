import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8831 } from './8831.ts';

describe('8831', () => {
  it('fails an NFA episode with an ICPC, an enquiry start date or an assessment date', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: '1', DateOfInitialCPC: '' },
      { LAchildID: 'b', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: '' },
      { LAchildID: 'c', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: '2025-05-28' },
      { LAchildID: 'd', CINdetailsID: '1', ReferralNFA: 'false', DateOfInitialCPC: '2025-05-28' },
      { LAchildID: 'e', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: '' },
    ];
    const Assessments = [
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        AssessmentActualStartDate: '',
        AssessmentAuthorisationDate: '2025-06-01',
      },
      { LAchildID: 'e', CINdetailsID: '1', AssessmentActualStartDate: '', AssessmentAuthorisationDate: '' },
    ];
    const Section47 = [
      { LAchildID: 'b', CINdetailsID: '1', S47ActualStartDate: '2025-06-01' },
      { LAchildID: 'd', CINdetailsID: '1', S47ActualStartDate: '2025-06-01' },
      { LAchildID: 'e', CINdetailsID: '1', S47ActualStartDate: '' },
    ];
    expect(rule8831.validate(censusD({ CINdetails, Assessments, Section47 }))).toEqual({
      CINdetails: [0, 1, 2],
      Section47: [0],
      Assessments: [0],
    });
  });
});
