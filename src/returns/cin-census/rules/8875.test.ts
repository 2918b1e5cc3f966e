import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8875 } from './8875.ts';

describe('8875', () => {
  it('fails an enquiry’s conference on a Saturday or Sunday, not a weekday bank holiday', () => {
    const CINdetails = [
      { DateOfInitialCPC: '2026-03-28' },
      { DateOfInitialCPC: '2025-12-25' },
      { DateOfInitialCPC: '' },
    ];
    const Section47 = [{ DateOfInitialCPC: '2026-03-31' }, { DateOfInitialCPC: '2024-03-03' }];
    expect(rule8875.validate(censusD({ CINdetails, Section47 }))).toEqual({ Section47: [1] });
    expect(
      rule8875.validate(
        censusD({ Section47: [{ DateOfInitialCPC: '2026-03-28' }, { DateOfInitialCPC: '2025-12-25' }] }),
      ),
    ).toEqual({ Section47: [0] });
  });
});
