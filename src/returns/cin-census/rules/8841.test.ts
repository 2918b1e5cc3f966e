import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8841 } from './8841.ts';

describe('8841', () => {
  it('fails a review on or before its plan start', () => {
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p1', CPPstartDate: '2024-02-29' },
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p2', CPPstartDate: '2025-06-01' },
    ];
    const reviews = [
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p1', CPPreviewDate: '2024-02-29' }, // same day: fail
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p1', CPPreviewDate: '2024-03-01' },
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p2', CPPreviewDate: '2025-05-31' }, // before: fail
      { LAchildID: 'a', CINdetailsID: '1', CPPID: 'p2', CPPreviewDate: '' },
    ];
    expect(rule8841.validate(censusE({ ChildProtectionPlans: plans, Reviews: reviews }))).toEqual({
      Reviews: [0, 2],
      ChildProtectionPlans: [0, 1],
    });
  });
});
