import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8740 } from './8740.ts';

const s = (start: string, icpc = '', notRequired = 'false') => ({
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
    expect(rule8740.validate(censusD({ Section47 }))).toEqual({ Section47: [0, 3] });
  });
});
