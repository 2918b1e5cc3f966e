import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8890 } from './8890.ts';

describe('8890', () => {
  it('fails a Section 47 starting while another in the episode is ongoing', () => {
    const rows = [
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-05-26',
        DateOfInitialCPC: '2025-10-26',
        ICPCnotRequired: '',
      },
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-08-26',
        DateOfInitialCPC: '',
        ICPCnotRequired: 'false',
      },
      // different episodes are not compared
      {
        LAchildID: 'b',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-05-26',
        DateOfInitialCPC: '2025-10-25',
        ICPCnotRequired: '',
      },
      {
        LAchildID: 'b',
        CINdetailsID: '2',
        S47ActualStartDate: '2025-06-26',
        DateOfInitialCPC: '2025-12-26',
        ICPCnotRequired: '',
      },
      // an enquiry with no conference and ICPCnotRequired true is not ongoing
      {
        LAchildID: 'c',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-10-26',
        DateOfInitialCPC: '',
        ICPCnotRequired: 'true',
      },
      {
        LAchildID: 'c',
        CINdetailsID: '1',
        S47ActualStartDate: '2025-09-26',
        DateOfInitialCPC: '',
        ICPCnotRequired: '1',
      },
    ];
    expect(rule8890.validate(censusE({ Section47: rows }))).toEqual({ Section47: [0, 1] });
  });
});
