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

describe('8831, as the reference reads flags and dates', () => {
  it('takes ReferralNFA as true only when written true or 1, and a date that is not a date as none', () => {
    // rule_8831.py: `df_cin[ReferralNFA].isin(["true", "1"])` compares the text exactly, and `.notna()` on
    // the date columns is false for a value pandas could not read as a date (NaT).
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: 'TRUE', DateOfInitialCPC: '2025-05-28' },
      { LAchildID: 'b', CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: 'unknown' },
    ];
    const Assessments = [
      { LAchildID: 'b', CINdetailsID: '1', AssessmentActualStartDate: 'x', AssessmentAuthorisationDate: '' },
    ];
    const Section47 = [{ LAchildID: 'b', CINdetailsID: '1', S47ActualStartDate: 'tbc' }];
    expect(rule8831.validate(censusD({ CINdetails, Assessments, Section47 }))).toEqual({});
  });
});
