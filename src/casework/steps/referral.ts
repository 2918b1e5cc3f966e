import { PRIMARY_NEED, REFERRAL_SOURCE } from '../../domain/codes.ts';
import { optionsOf } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** A referral opens a social care episode (CIN census CINdetails). */
export const referral: Step = {
  id: 'referral',
  title: 'Record a referral',
  group: 'front_door',
  table: 'referral',
  fields: [
    { id: 'referral_date', label: 'Referral date', kind: 'date' },
    { id: 'source', label: 'Referral source', kind: 'select', options: optionsOf(REFERRAL_SOURCE) },
    {
      id: 'primary_need',
      label: 'Primary need',
      kind: 'select',
      options: optionsOf(PRIMARY_NEED, true),
      optional: true,
    },
    { id: 'nfa', label: 'Is the referral closed with no further action?', kind: 'yes_no' },
  ],
  offered: (_child, status) => status.referral === undefined,
  prefill(ctx) {
    const last = ctx.child.contacts.at(-1);
    return last?.decision === 'referral'
      ? { referral_date: last.decision_date ?? last.contact_date, source: last.source, nfa: false }
      : { nfa: false };
  },
  check(ctx, v) {
    const date = String(v.referral_date);
    const overlapping = ctx.child.referrals.find(
      (r) => r.referral_date <= date && (r.closure_date === null || r.closure_date > date),
    );
    if (overlapping)
      return { referral_date: 'The child already has a social care episode open on this date' };
    const dob = ctx.child.person.date_of_birth;
    if (dob && date < dob)
      return { referral_date: 'The referral date must be on or after the date of birth' };
    return {};
  },
  async save(ctx, v) {
    const lastReferralContact = ctx.child.contacts.filter((c) => c.decision === 'referral').at(-1);
    const nfa = v.nfa === true;
    const id = await insertRecord(ctx.trx, ctx.actor, 'referral', {
      person_id: ctx.child.person.id,
      contact_id: lastReferralContact?.id ?? null,
      ...v,
      // A referral with no further action is closed the day it is made (CIN census: RC8 is after assessment).
      ...(nfa ? { closure_date: v.referral_date, closure_reason: 'RC7' } : {}),
    });
    return id;
  },
};
