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
    // d has no assessment, so none is incomplete: passes, as the DfE wording reads (the reference flags it).
    expect(rule8867.validate(censusD({ CINdetails, Assessments }))).toEqual({
      CINdetails: [1],
      Assessments: [2],
    });
  });
});
