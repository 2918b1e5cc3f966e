import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8935 } from './8935.ts';

describe('8935', () => {
  it('fails every open plan of a child with more than one', () => {
    const rows = [
      { LAchildID: 'a', CPPendDate: '' },
      { LAchildID: 'a', CPPendDate: '' },
      { LAchildID: 'a', CPPendDate: '2025-06-01' },
      { LAchildID: 'b', CPPendDate: '' },
      { LAchildID: 'b', CPPendDate: '2025-06-01' },
    ];
    expect(rule8935.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [0, 1],
    });
  });
});
