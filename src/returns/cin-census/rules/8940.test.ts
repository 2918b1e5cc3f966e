import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8940 } from './8940.ts';

describe('8940', () => {
  it('fails overlapping plans of one child, both rows', () => {
    const rows: Record<string, string>[] = [
      { LAchildID: 'a', CPPID: '1', CPPstartDate: '2025-05-26', CPPendDate: '2025-10-26' },
      { LAchildID: 'a', CPPID: '2', CPPstartDate: '2025-08-26', CPPendDate: '2025-12-26' },
      { LAchildID: 'b', CPPID: '1', CPPstartDate: '2025-05-26', CPPendDate: '2025-10-25' },
      { LAchildID: 'b', CPPID: '2', CPPstartDate: '2025-10-26', CPPendDate: '' },
      { LAchildID: 'c', CPPID: '1', CPPstartDate: '2025-10-26', CPPendDate: '' },
      { LAchildID: 'c', CPPID: '2', CPPstartDate: '2026-03-31', CPPendDate: '' },
      // Two episodes' first plans share CPPID 1 and still overlap.
      { LAchildID: 'd', CINdetailsID: '1', CPPID: '1', CPPstartDate: '2025-05-01', CPPendDate: '2025-09-01' },
      { LAchildID: 'd', CINdetailsID: '2', CPPID: '1', CPPstartDate: '2025-08-01', CPPendDate: '' },
    ];
    expect(rule8940.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [0, 1, 4, 5, 6, 7],
    });
  });
});
