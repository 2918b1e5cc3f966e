import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4008 } from './4008.ts';

describe('4008', () => {
  it('fails a CIN plan starting after the date of death, not one starting on it', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonDeathDate: '2024-02-29' },
      { LAchildID: 'b', PersonDeathDate: '' },
    ];
    const CINplanDates = [
      { LAchildID: 'a', CINPlanStartDate: '2024-02-29' },
      { LAchildID: 'a', CINPlanStartDate: '2024-03-01' },
      { LAchildID: 'b', CINPlanStartDate: '2030-01-01' },
    ];
    expect(rule4008.validate(censusD({ ChildIdentifiers, CINplanDates }))).toEqual({
      CINplanDates: [1],
      ChildIdentifiers: [0],
    });
  });
});
