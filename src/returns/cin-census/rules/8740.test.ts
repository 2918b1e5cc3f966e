import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8740 } from './8740.ts';

const s = (start: string, icpc = '', notRequired = '0') => ({
  S47ActualStartDate: start,
  DateOfInitialCPC: icpc,
  ICPCnotRequired: notRequired,
});

describe('8740', () => {
  it('fails an enquiry with no ICPC, and ICPC not ruled out, that started outside the census year', () => {
    const Section47 = [
      s('2025-03-31'),
      s('2025-04-01'),
      s('2026-03-31'),
      s('2026-04-01', '', '0'),
      s('2024-02-29', '2024-03-05'),
      s('2024-02-29', '', 'true'),
      s(''),
    ];
    expect(rule8740.validate(censusD({ Section47 }))).toEqual({ Section47: [3] });
  });

  it('reads ICPCnotRequired false only as "0", and starts the census year on 31 March 2025, as the reference does', () => {
    // rule_8740 selects ICPCnotRequired.astype(str) == "0" (its test uses only 0 and 1), and compares with
    // utils.make_census_period, whose start is the reference date less one year.
    const Section47 = [
      s('2025-03-30', '', '0'),
      s('2025-03-30', '', 'false'),
      s('2025-03-31', '', '0'),
      s('2025-03-30', 'not a date', '0'),
    ];
    expect(rule8740.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 3] });
  });
});
