import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4004 } from './4004.ts';

describe('4004', () => {
  it('flags every plan of an episode with two or more open CIN plans', () => {
    const CINplanDates = [
      { LAchildID: 'a', CINdetailsID: '1', CINPlanEndDate: '' },
      { LAchildID: 'a', CINdetailsID: '1', CINPlanEndDate: '' },
      { LAchildID: 'a', CINdetailsID: '1', CINPlanEndDate: '2025-06-01' },
      { LAchildID: 'a', CINdetailsID: '2', CINPlanEndDate: '' },
      { LAchildID: 'b', CINdetailsID: '1', CINPlanEndDate: '' },
    ];
    expect(rule4004.validate(censusD({ CINplanDates }))).toEqual({ CINplanDates: [0, 1, 2] });
  });
  it('counts a plan whose end date is not a date as open', () => {
    // Reference rule_4004.py: CINPlanEndDate.isna() on the column read with to_datetime(errors="coerce").
    const CINplanDates = [
      { LAchildID: 'a', CINdetailsID: '1', CINPlanEndDate: 'TBC' },
      { LAchildID: 'a', CINdetailsID: '1', CINPlanEndDate: '' },
    ];
    expect(rule4004.validate(censusD({ CINplanDates }))).toEqual({ CINplanDates: [0, 1] });
  });
});
