import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8920 } from './8920.ts';

describe('8920', () => {
  it('fails a protection plan ending after the date of death', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonDeathDate: '2026-03-31' },
      { LAchildID: 'b', PersonDeathDate: '2025-05-01' },
    ];
    const ChildProtectionPlans = [
      { LAchildID: 'a', CPPendDate: '2026-03-31' },
      { LAchildID: 'b', CPPendDate: '' },
      { LAchildID: 'b', CPPendDate: '2025-05-02' },
    ];
    expect(rule8920.validate(censusD({ ChildIdentifiers, ChildProtectionPlans }))).toEqual({
      ChildProtectionPlans: [2],
      ChildIdentifiers: [1],
    });
  });
});
