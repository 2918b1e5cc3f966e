import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8810 } from './8810.ts';

describe('8810', () => {
  it('fails a reason for closure with no closure date', () => {
    const CINdetails = [
      { ReasonForClosure: 'RC1', CINclosureDate: '2025-06-01' },
      { ReasonForClosure: 'RC1', CINclosureDate: '' },
      { ReasonForClosure: '', CINclosureDate: '' },
    ];
    expect(rule8810.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [1] });
  });

  it('fails a reason for closure whose closure date is not a date', () => {
    // rule_8810: ReasonForClosure.notna() & CINclosureDate.isna(); a closure that is not a date is NaT.
    const CINdetails = [{ ReasonForClosure: 'RC1', CINclosureDate: 'not a date' }];
    expect(rule8810.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0] });
  });
});
