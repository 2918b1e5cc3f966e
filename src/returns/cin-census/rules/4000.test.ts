import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule4000 } from './4000.ts';

describe('4000', () => {
  it('fails CIN plan dates on an NFA episode, flagging plan and episode', () => {
    const CINdetails = [
      { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: '1' },
      { LAchildID: 'a', CINdetailsID: '2', ReferralNFA: '' },
      { LAchildID: 'b', CINdetailsID: '1', ReferralNFA: 'true' },
    ];
    const CINplanDates = [
      { LAchildID: 'a', CINdetailsID: '1' },
      { LAchildID: 'a', CINdetailsID: '2' },
    ];
    expect(rule4000.validate(censusD({ CINdetails, CINplanDates }))).toEqual({
      CINplanDates: [0],
      CINdetails: [0],
    });
  });
  it('reads ReferralNFA as the reference does: only true or 1 as written', () => {
    // Reference rule_4000.py: ReferralNFA == "true" | == 1 | == "1" | == True; "True" is none of them.
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', ReferralNFA: 'True' }];
    const CINplanDates = [{ LAchildID: 'a', CINdetailsID: '1' }];
    expect(rule4000.validate(censusD({ CINdetails, CINplanDates }))).toEqual({});
  });
});
