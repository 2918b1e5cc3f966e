import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { contactsToReferralPct } from './contacts-to-referral-pct.ts';

const contact = (id: string, date: string, decision: string | null) => ({ id, date, decision });

describe('contacts_to_referral_pct', () => {
  it('divides the contacts decided as referrals by every contact in the month, undecided ones included', () => {
    const m = model([
      child('a', {
        contacts: [
          contact('a0', '2025-02-28', 'referral'),
          contact('a1', '2025-03-01', 'referral'),
          contact('a2', '2025-03-31', 'nfa'),
        ],
      }),
      // Made on the last day and not yet screened: a contact in March, not a referral.
      child('b', { contacts: [contact('b1', '2025-03-31', null)] }),
      // A MASH discussion is not itself a referral decision.
      child('c', {
        contacts: [contact('c1', '2025-03-14', 'mash'), contact('c2', '2025-04-01', 'referral')],
      }),
    ]);
    const period = monthOf('2025-03-10');
    const measure = contactsToReferralPct.compute(m, period);
    expect(figureOf(contactsToReferralPct, period, measure)).toEqual({
      id: 'contacts_to_referral_pct',
      period: '2025-03',
      value: 25,
      numerator: 1,
      denominator: 4,
    });
    expect((measure.members as PercentMember[]).map((x) => [x.recordId, x.inNumerator])).toEqual([
      ['a1', true],
      ['a2', false],
      ['b1', false],
      ['c1', false],
    ]);
  });

  it('gives no value, not 0, for a month with no contacts', () => {
    const period = monthOf('2025-03-10');
    const m = model([child('a', { contacts: [contact('a1', '2025-02-28', 'referral')] })]);
    expect(figureOf(contactsToReferralPct, period, contactsToReferralPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
