import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4011 } from './4011.ts';

describe('4011', () => {
  it('fails a CIN plan ending before it starts', () => {
    const plans = [
      { LAchildID: 'a', CINPlanStartDate: '2024-03-01', CINPlanEndDate: '2024-02-29' },
      { LAchildID: 'b', CINPlanStartDate: '2025-04-01', CINPlanEndDate: '2025-04-01' },
      { LAchildID: 'c', CINPlanStartDate: '2025-04-01', CINPlanEndDate: '' },
    ];
    expect(rule4011.validate(censusE({ CINplanDates: plans }))).toEqual({ CINplanDates: [0] });
  });
});
