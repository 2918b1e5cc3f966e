import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4001 } from './4001.ts';

describe('4001', () => {
  it('fails an open protection plan and an open CIN plan in one episode', () => {
    const cpps = [
      { LAchildID: 'a', CINdetailsID: '1', CPPendDate: '2025-05-30' },
      { LAchildID: 'b', CINdetailsID: '3', CPPendDate: '' },
      { LAchildID: 'c', CINdetailsID: '7', CPPendDate: '' },
    ];
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '' },
      { LAchildID: 'b', CINdetailsID: '3', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '' },
      { LAchildID: 'b', CINdetailsID: '4', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '' },
      { LAchildID: 'b', CINdetailsID: '3', CINPlanStartDate: '2025-04-01', CINPlanEndDate: '2025-05-01' },
    ];
    expect(rule4001.validate(censusE({ CINplanDates: plans, ChildProtectionPlans: cpps }))).toEqual({
      ChildProtectionPlans: [1],
      CINplanDates: [1],
    });
  });
  it('needs the CIN plan to have a start date, and reads an end date that is not a date as open', () => {
    // Reference rule_4001.py: CPPendDate.isna() & CINPlanStartDate.notna() & CINPlanEndDate.isna(), the dates
    // read with to_datetime(errors="coerce").
    const cpps = [
      { LAchildID: 'a', CINdetailsID: '1', CPPendDate: '' },
      { LAchildID: 'b', CINdetailsID: '1', CPPendDate: 'TBC' },
    ];
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1', CINPlanStartDate: '', CINPlanEndDate: '' },
      { LAchildID: 'b', CINdetailsID: '1', CINPlanStartDate: '2025-05-01', CINPlanEndDate: 'TBC' },
    ];
    expect(rule4001.validate(censusE({ CINplanDates: plans, ChildProtectionPlans: cpps }))).toEqual({
      ChildProtectionPlans: [1],
      CINplanDates: [1],
    });
  });
});
