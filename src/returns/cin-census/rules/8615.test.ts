import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8615 } from './8615.ts';

describe('8615', () => {
  it('fails an enquiry with an ICPC but no start date, or starting after the ICPC', () => {
    const Section47 = [
      { S47ActualStartDate: '2025-01-01', DateOfInitialCPC: '2025-01-01' },
      { S47ActualStartDate: '2025-02-01', DateOfInitialCPC: '2025-01-01' },
      { S47ActualStartDate: '', DateOfInitialCPC: '2025-01-01' },
      { S47ActualStartDate: '', DateOfInitialCPC: '' },
      { S47ActualStartDate: '2025-07-01', DateOfInitialCPC: '' },
    ];
    expect(rule8615.validate(censusD({ Section47 }))).toEqual({ Section47: [1, 2] });
  });

  it('fails an ICPC with a start date that is not a date', () => {
    // rule_8615: "DateOfInitialCPC.notna() and S47ActualStartDate.isna()"; a start that is not a date is NaT.
    const Section47 = [{ S47ActualStartDate: 'not a date', DateOfInitialCPC: '2025-01-01' }];
    expect(rule8615.validate(censusD({ Section47 }))).toEqual({ Section47: [0] });
  });
});
