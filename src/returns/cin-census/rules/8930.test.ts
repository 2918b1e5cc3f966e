import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8930 } from './8930.ts';

describe('8930', () => {
  it('fails a plan ending outside the census year', () => {
    // The census year runs from the reference date less one year (31 March 2025), as the reference counts it.
    const ChildProtectionPlans = [
      { CPPendDate: '2025-03-30' },
      { CPPendDate: '2025-03-31' },
      { CPPendDate: '2025-04-01' },
      { CPPendDate: '2026-03-31' },
      { CPPendDate: '2026-04-01' },
      { CPPendDate: '' },
    ];
    expect(rule8930.validate(censusD({ ChildProtectionPlans }))).toEqual({ ChildProtectionPlans: [0, 4] });
  });
});
