import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4017 } from './4017.ts';

describe('4017', () => {
  it('fails a protection plan starting within a CIN plan, but not on its end day', () => {
    const plans = [
      { LAchildID: 'a', CINPlanStartDate: '2025-05-26', CINPlanEndDate: '2025-05-30' },
      { LAchildID: 'a', CINPlanStartDate: '2025-06-26', CINPlanEndDate: '' },
    ];
    const cpps = [
      { LAchildID: 'a', CPPstartDate: '2025-04-04' }, // before: pass
      { LAchildID: 'a', CPPstartDate: '2025-05-28' }, // during: fail
      { LAchildID: 'a', CPPstartDate: '2025-05-30' }, // on the end day: pass
      { LAchildID: 'a', CPPstartDate: '2026-03-31' }, // open plan, reference date: fail
      { LAchildID: 'b', CPPstartDate: '2025-06-04' }, // no CIN plan
    ];
    expect(rule4017.validate(censusE({ CINplanDates: plans, ChildProtectionPlans: cpps }))).toEqual({
      ChildProtectionPlans: [1, 3],
      CINplanDates: [0, 1],
    });
  });
});
