import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8867 } from './8867.ts';

describe('8867', () => {
  it('fails a closed episode with an unauthorised assessment, flagging both', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2025-06-30' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2025-08-29' },
      { LAchildID: 'c', CINdetailsID: '1', CINclosureDate: '' },
      { LAchildID: 'd', CINdetailsID: '1', CINclosureDate: '2025-08-29' },
    ];
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: '2025-05-26' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentAuthorisationDate: '2025-05-26' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
      { LAchildID: 'c', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
    ];
    // d has no assessment, so none is incomplete: passes, as the DfE wording reads and the reference finds.
    expect(rule8867.validate(censusD({ CINdetails, Assessments }))).toEqual({
      CINdetails: [1],
      Assessments: [2],
    });
  });
});

describe('8867, as the reference reads dates', () => {
  it('takes a closure or authorisation date that is not a date as none', () => {
    // rule_8867.py: `df_cind[CINclosureDate].notna()` and `df_merged[AssessmentAuthorisationDate].isna()`
    // read a value pandas could not take for a date (NaT) as missing.
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2025-06-30' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: 'closed' },
    ];
    const Assessments = [
      { LAchildID: 'a', CINdetailsID: '1', AssessmentAuthorisationDate: 'signed off' },
      { LAchildID: 'b', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
    ];
    expect(rule8867.validate(censusD({ CINdetails, Assessments }))).toEqual({
      CINdetails: [0],
      Assessments: [0],
    });
  });
});
