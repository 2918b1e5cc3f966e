import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4003 } from './4003.ts';

describe('4003', () => {
  it('fails a plan review held during one of the child’s CIN plans unless it is the plan’s end date', () => {
    const ChildProtectionPlans = [
      { LAchildID: 'a', CPPID: 'p1', CPPendDate: '2025-12-01' },
      { LAchildID: 'b', CPPID: 'p1', CPPendDate: '2025-06-01' },
      { LAchildID: 'c', CPPID: 'p1', CPPendDate: '' },
    ];
    const CINplanDates = [
      { LAchildID: 'a', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
      { LAchildID: 'b', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '' },
      { LAchildID: 'c', CINPlanStartDate: '2025-05-01', CINPlanEndDate: '2025-07-01' },
    ];
    const Reviews = [
      { LAchildID: 'a', CPPID: 'p1', CPPreviewDate: '2025-05-01' }, // on the CIN plan start
      { LAchildID: 'a', CPPID: 'p1', CPPreviewDate: '2025-07-01' }, // on the CIN plan end
      { LAchildID: 'b', CPPID: 'p1', CPPreviewDate: '2025-06-01' }, // on the protection plan end
      { LAchildID: 'b', CPPID: 'p1', CPPreviewDate: '2025-05-15' }, // CIN plan open
      { LAchildID: 'c', CPPID: 'p1', CPPreviewDate: '' },
    ];
    expect(rule4003.validate(censusD({ ChildProtectionPlans, CINplanDates, Reviews }))).toEqual({
      Reviews: [0, 3],
      ChildProtectionPlans: [0, 1],
      CINplanDates: [0, 1],
    });
  });
});
