import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4009Q } from './4009Q.ts';

describe('4009Q', () => {
  it('queries a CIN plan ending after the date of death, flagging plan and child', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonDeathDate: '2025-06-01' },
      { LAchildID: 'b', PersonDeathDate: '' },
      { LAchildID: 'c', PersonDeathDate: '2024-02-29' },
    ];
    const CINplanDates = [
      { LAchildID: 'a', CINPlanEndDate: '2025-06-02' },
      { LAchildID: 'a', CINPlanEndDate: '2025-06-01' },
      { LAchildID: 'b', CINPlanEndDate: '2025-06-02' },
      { LAchildID: 'c', CINPlanEndDate: '' },
      { LAchildID: 'c', CINPlanEndDate: '2024-03-01' },
    ];
    expect(rule4009Q.validate(censusD({ ChildIdentifiers, CINplanDates }))).toEqual({
      CINplanDates: [0, 4],
      ChildIdentifiers: [0, 2],
    });
  });
});
