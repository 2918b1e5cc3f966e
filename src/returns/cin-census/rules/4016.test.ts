import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4016 } from './4016.ts';

describe('4016', () => {
  it('fails a CIN plan starting within a protection plan, but not on its end day', () => {
    const cpps = [
      { LAchildID: 'a', CPPstartDate: '2025-05-26', CPPendDate: '2025-05-30' },
      { LAchildID: 'a', CPPstartDate: '2025-06-26', CPPendDate: '' },
    ];
    const plans = [
      { LAchildID: 'a', CINPlanStartDate: '2025-04-04' },
      { LAchildID: 'a', CINPlanStartDate: '2025-05-26' }, // same day as the plan start: fail
      { LAchildID: 'a', CINPlanStartDate: '2025-05-30' },
      { LAchildID: 'a', CINPlanStartDate: '2026-03-31' }, // fail
      { LAchildID: 'b', CINPlanStartDate: '2025-06-04' },
    ];
    expect(rule4016.validate(censusE({ CINplanDates: plans, ChildProtectionPlans: cpps }))).toEqual({
      CINplanDates: [1, 3],
      ChildProtectionPlans: [0, 1],
    });
  });
});
