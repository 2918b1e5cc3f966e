import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8915 } from './8915.ts';

describe('8915', () => {
  it('fails a plan starting after the date of death, not on it', () => {
    const children = [
      { LAchildID: 'a', PersonDeathDate: '2025-06-01' },
      { LAchildID: 'b', PersonDeathDate: '' },
    ];
    const plans = [
      { LAchildID: 'a', CPPstartDate: '2025-06-01' },
      { LAchildID: 'a', CPPstartDate: '2025-06-02' },
      { LAchildID: 'b', CPPstartDate: '2025-06-02' },
    ];
    expect(rule8915.validate(censusE({ ChildIdentifiers: children, ChildProtectionPlans: plans }))).toEqual({
      ChildProtectionPlans: [1],
      ChildIdentifiers: [0],
    });
  });
});
