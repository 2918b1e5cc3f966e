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

describe('8890, enquiries told apart as the reference tells them', () => {
  it('does not compare two enquiries with the same start and conference dates', () => {
    // rule_8890.py: pairs with `same_start & same_cpc` (both conference dates missing counting as the same)
    // are dropped as one enquiry compared with itself.
    const enquiry = (child: string, start: string, icpc: string) => ({
      LAchildID: child,
      CINdetailsID: '1',
      S47ActualStartDate: start,
      DateOfInitialCPC: icpc,
      ICPCnotRequired: 'false',
    });
    const rows = [
      enquiry('a', '2025-05-26', '2025-06-10'),
      enquiry('a', '2025-05-26', '2025-06-10'),
      enquiry('b', '2025-05-26', ''),
      enquiry('b', '2025-05-26', ''),
      enquiry('c', '2025-05-26', '2025-06-10'),
      enquiry('c', '2025-05-26', ''),
    ];
    expect(rule8890.validate(censusE({ Section47: rows }))).toEqual({ Section47: [4, 5] });
  });
});
