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
      // Episode 2's plan p1 began before episode 1's p1: its review is after its own plan's start, so passes
      // (matching on child and CPPID alone would set it against episode 1's p1 and fail it).
      { LAchildID: 'a', CINdetailsID: '2', CPPID: 'p1', CPPreviewDate: '2024-01-01' },
    ];
    plans.push({ LAchildID: 'a', CINdetailsID: '2', CPPID: 'p1', CPPstartDate: '2023-06-01' });
    expect(rule8841.validate(censusE({ ChildProtectionPlans: plans, Reviews: reviews }))).toEqual({
      Reviews: [0, 2],
      ChildProtectionPlans: [0, 1],
    });
  });
});
