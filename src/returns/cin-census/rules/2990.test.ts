import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule2990 } from './2990.ts';

describe('2990', () => {
  it('fails RC8 and RC9 episodes with any later activity, flagging the activity too', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8', DateOfInitialCPC: '' },
      { LAchildID: 'b', CINdetailsID: '1', ReasonForClosure: 'RC9', DateOfInitialCPC: '' },
      { LAchildID: 'c', CINdetailsID: '1', ReasonForClosure: 'RC8', DateOfInitialCPC: '2025-05-28' },
      { LAchildID: 'd', CINdetailsID: '1', ReasonForClosure: 'RC8', DateOfInitialCPC: '' },
      { LAchildID: 'e', CINdetailsID: '1', ReasonForClosure: 'RC1', DateOfInitialCPC: '2025-05-28' },
    ];
    const Section47 = [
      { LAchildID: 'b', CINdetailsID: '1' },
      { LAchildID: 'b', CINdetailsID: '2' },
      { LAchildID: 'e', CINdetailsID: '1' },
    ];
    const ChildProtectionPlans = [{ LAchildID: 'a', CINdetailsID: '1' }];
    const CINplanDates = [
      { LAchildID: 'd', CINdetailsID: '2' },
      { LAchildID: 'a', CINdetailsID: '1' },
    ];
    expect(rule2990.validate(censusD({ CINdetails, Section47, ChildProtectionPlans, CINplanDates }))).toEqual(
      {
        CINdetails: [0, 1, 2],
        Section47: [0],
        ChildProtectionPlans: [0],
        CINplanDates: [1],
      },
    );
  });
  it('does not count an initial conference date that is not a date', () => {
    // Reference rule_2990.py: condition_1 is DateOfInitialCPC.notna() on the column read as dates (NaT here).
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReasonForClosure: 'RC8', DateOfInitialCPC: 'TBC' },
    ];
    expect(rule2990.validate(censusD({ CINdetails }))).toEqual({});
  });
});
