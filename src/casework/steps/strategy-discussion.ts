import { formatLongDate } from '../../domain/dates.ts';
import { STRATEGY_DECISION } from '../../domain/local-codes.ts';
import { startClock } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { s47InProgress } from './s47-outcome.ts';

/**
 * A strategy discussion on the open referral. A decision to start a section 47 enquiry also records the
 * enquiry (CIN census: its start is the discussion's date) and starts the clock for the initial child
 * protection conference, due within 15 working days of the discussion.
 */
export const strategyDiscussion: Step = {
  id: 'strategy-discussion',
  title: 'Record a strategy discussion',
  group: 'protection',
  table: 'strategy_discussion',
  fields: [
    { id: 'discussion_date', label: 'Date of the strategy discussion', kind: 'date' },
    { id: 'decision', label: 'Decision', kind: 'radios', options: optionsOf(STRATEGY_DECISION) },
  ],
  offered: (_child, status) => status.referral !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const date = String(v.discussion_date);
    const referral = ctx.status.referral;
    // CIN census 2889: a section 47 enquiry cannot start before the referral.
    if (referral && date < referral.referral_date)
      errors.discussion_date = `The date of the strategy discussion must be the same as or after the referral date, ${formatLongDate(referral.referral_date)}`;
    if (v.decision === 's47') {
      // CIN census 8890: no section 47 enquiry starts while another is ongoing.
      if (s47InProgress(ctx.child))
        errors.decision =
          'There is already a section 47 enquiry in progress: record its outcome before starting another';
      const lastEnd = ctx.child.s47Enquiries
        .map((s) => s.end_date)
        .filter((d): d is string => d !== null && d > date)
        .sort()
        .at(-1);
      if (lastEnd && !errors.discussion_date)
        errors.discussion_date = `The date of the strategy discussion must be the same as or after the end of the last section 47 enquiry, ${formatLongDate(lastEnd)}`;
    }
    return errors;
  },
  async save(ctx, v) {
    const referral = ctx.status.referral!;
    const personId = ctx.child.person.id;
    const date = String(v.discussion_date);
    const id = await insertRecord(ctx.trx, ctx.actor, 'strategy_discussion', {
      person_id: personId,
      referral_id: referral.id,
      discussion_date: date,
      decision: v.decision,
    });
    if (v.decision === 's47') {
      const s47Id = await insertRecord(ctx.trx, ctx.actor, 's47_enquiry', {
        person_id: personId,
        referral_id: referral.id,
        strategy_discussion_id: id,
        start_date: date,
      });
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId: 'icpc_15wd_from_strategy',
        fromDate: date,
        sourceType: 's47_enquiry',
        sourceId: s47Id,
      });
    }
    return id;
  },
};
