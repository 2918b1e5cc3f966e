import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8925 } from './8925.ts';

describe('8925', () => {
  it('fails a plan ending before it starts', () => {
    const rows = [
      { CPPstartDate: '2024-03-01', CPPendDate: '2024-02-29' },
      { CPPstartDate: '2025-04-01', CPPendDate: '2025-04-01' },
      { CPPstartDate: '2025-04-01', CPPendDate: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8925.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({ ChildProtectionPlans: [0] });
  });
});
