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
    // d has no enquiry, so none is incomplete: passes, as the DfE wording reads and the reference finds.
    expect(rule8868.validate(censusD({ CINdetails, Section47 }))).toEqual({
      CINdetails: [0, 2],
      Section47: [0, 3],
    });
  });
});

describe('8868, as the reference reads flags and dates', () => {
  it('takes a date that is not a date as none, and ICPCnotRequired as true only when written 1 or true', () => {
    // rule_8868.py: `.notna()`/`.isna()` on the date columns read a value pandas could not take for a date
    // (NaT) as missing, and `merged_df[ICPCnotRequired].isin(["1", "true"])` compares the text exactly.
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '2025-10-01' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2025-10-01' },
      { LAchildID: 'c', CINdetailsID: '1', CINclosureDate: 'closed' },
    ];
    const Section47 = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: 'held', ICPCnotRequired: 'false' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '', ICPCnotRequired: 'TRUE' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '', ICPCnotRequired: 'false' },
    ];
    expect(rule8868.validate(censusD({ CINdetails, Section47 }))).toEqual({
      CINdetails: [0, 1],
      Section47: [0, 1],
    });
  });
});
