import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8868 } from './8868.ts';

describe('8868', () => {
  it('fails a closed episode whose enquiry has neither (or both) an ICPC date and ICPC not required', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2025-10-01' },
      { LAchildID: 'a', CINdetailsID: '2', CINclosureDate: '2025-10-01' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2025-10-01' },
      { LAchildID: 'c', CINdetailsID: '1', CINclosureDate: '' },
      { LAchildID: 'd', CINdetailsID: '1', CINclosureDate: '2025-10-01' },
    ];
    const Section47 = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '', ICPCnotRequired: 'false' },
      { LAchildID: 'a', CINdetailsID: '2', DateOfInitialCPC: '', ICPCnotRequired: 'true' },
      { LAchildID: 'a', CINdetailsID: '2', DateOfInitialCPC: '2025-06-02', ICPCnotRequired: '0' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2025-06-02', ICPCnotRequired: '1' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '', ICPCnotRequired: 'false' },
    ];
    // d has no enquiry, so none is incomplete: passes, as the DfE wording reads (the reference flags it).
    expect(rule8868.validate(censusD({ CINdetails, Section47 }))).toEqual({
      CINdetails: [0, 2],
      Section47: [0, 3],
    });
  });
});
