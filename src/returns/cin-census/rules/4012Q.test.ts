import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4012Q } from './4012Q.ts';

describe('4012Q', () => {
  it('queries a CIN plan starting and ending the same day', () => {
    const rows = [
      { CINPlanStartDate: '2024-02-29', CINPlanEndDate: '2024-02-29' },
      { CINPlanStartDate: '2025-04-01', CINPlanEndDate: '2025-04-02' },
      { CINPlanStartDate: '', CINPlanEndDate: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule4012Q.validate(censusE({ CINplanDates: rows }))).toEqual({ CINplanDates: [0] });
  });
});
