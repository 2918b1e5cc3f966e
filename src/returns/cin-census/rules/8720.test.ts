import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8720 } from './8720.ts';

describe('8720', () => {
  it('fails a plan start that is missing or after the reference date', () => {
    const rows = [
      { CPPID: 'p', CPPstartDate: '2019-03-01' },
      { CPPID: '', CPPstartDate: '' },
      { CPPID: 'p', CPPstartDate: '2026-04-01' },
      { CPPID: 'p', CPPstartDate: '' },
      { CPPID: 'p', CPPstartDate: '2026-03-31' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8720.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [2, 3],
    });
  });
});
