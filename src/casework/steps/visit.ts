import { VISIT_KIND } from '../../domain/local-codes.ts';
import type { TimescaleRuleId } from '../../domain/timescales.ts';
import type { ChildRecord, ChildStatus } from '../child.ts';
import { startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors, type Values } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

interface Span {
  start_date: string;
  end_date: string | null;
}

/** Whether the plan, episode or status covered the day, counting its last day (a visit on the day it ends). */
const coveredOn = (rows: Span[], date: string) =>
  rows.some((r) => r.start_date <= date && (r.end_date === null || r.end_date >= date));

/** The one still open (no end) that had started by the day. */
export const openSince = <T extends Span>(rows: T[], date: string): T | undefined =>
  rows.find((r) => r.start_date <= date && r.end_date === null);

/** The statutory visit clocks each kind of visit completes. */
const VISIT_CLOCKS: Partial<Record<string, readonly TimescaleRuleId[]>> = {
  cp: ['cp_visit'],
  cin: ['cin_visit'],
  cla: ['cla_visit_first_1w', 'cla_visit_6w', 'cla_visit_long_term_3m'],
};

/** The clock for the next statutory visit after one on this day, while the plan or care is still open. */
function nextVisitClock(child: ChildRecord, kind: string, date: string): TimescaleRuleId | undefined {
  switch (kind) {
    case 'cp':
      return openSince(child.cpPlans, date) ? 'cp_visit' : undefined;
    case 'cin':
      return openSince(child.cinPlans, date) ? 'cin_visit' : undefined;
    case 'cla': {
      const episode = openSince(child.claEpisodes, date);
      if (!episode) return undefined;
      return episode.long_term_placement ? 'cla_visit_long_term_3m' : 'cla_visit_6w';
    }
    default:
      return undefined;
  }
}

/** True when the child has an open clock of these rules started after the day: a later visit came first. */
export function supersededOn(child: ChildRecord, rules: readonly TimescaleRuleId[], date: string): boolean {
  return child.tasks.some(
    (t) =>
      (rules as readonly string[]).includes(t.rule_id) &&
      t.completed_date === null &&
      t.cancelled_date === null &&
      t.from_date > date,
  );
}

/** The kind of visit the child's status today suggests. */
function usualKind(status: ChildStatus): string {
  if (status.cpPlan) return 'cp';
  if (status.episode) return 'cla';
  if (status.cinPlan) return 'cin';
  if (status.careLeaver) return 'care_leaver';
  if (status.assessment) return 'assessment';
  return 'other';
}

const NOT_ON = {
  cp: ['cpPlans', 'the child was not on a child protection plan on this date'],
  cin: ['cinPlans', 'the child was not on a child in need plan on this date'],
  cla: ['claEpisodes', 'the child was not looked after on this date'],
  care_leaver: ['careLeaver', 'the young person was not a care leaver on this date'],
} as const;

/**
 * A visit to the child. A statutory visit where the child was seen completes the visit that was due and,
 * while the plan or care is open, starts the clock for the next: every 10 working days on a child
 * protection plan, 4 weeks on a child in need plan (local policy), and for a looked-after child 6 weeks, or
 * 3 months in an agreed long-term placement.
 */
export const visit: Step = {
  id: 'visit',
  title: 'Record a visit',
  group: 'oversight',
  table: 'visit',
  fields: [
    { id: 'visit_date', label: 'Date of the visit', kind: 'date' },
    { id: 'kind', label: 'Kind of visit', kind: 'radios', options: optionsOf(VISIT_KIND) },
    { id: 'child_seen', label: 'Was the child seen?', kind: 'yes_no' },
    {
      id: 'seen_alone',
      label: 'Was the child seen alone?',
      hint: 'Answer if the child was seen',
      kind: 'yes_no',
      optional: true,
    },
  ],
  offered: () => true,
  prefill: (ctx): Values => ({ visit_date: ctx.today, kind: usualKind(ctx.status) }),
  check(ctx, v) {
    const errors: FieldErrors = {};
    const date = String(v.visit_date);
    if (v.child_seen === false && v.seen_alone === true)
      errors.seen_alone = 'Select no: the child cannot have been seen alone if they were not seen';
    if (v.child_seen === true && v.seen_alone === null)
      errors.seen_alone = 'Select yes if the child was seen alone';
    const notOn = NOT_ON[v.kind as keyof typeof NOT_ON];
    if (notOn && !coveredOn(ctx.child[notOn[0]], date))
      errors.kind = `Select another kind of visit: ${notOn[1]}`;
    return errors;
  },
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const date = String(v.visit_date);
    const kind = String(v.kind);
    const id = await insertRecord(ctx.trx, ctx.actor, 'visit', {
      person_id: personId,
      visit_date: date,
      kind,
      child_seen: v.child_seen,
      seen_alone: v.seen_alone === true,
    });
    const rules = VISIT_CLOCKS[kind];
    if (v.child_seen !== true || !rules) return id;
    await stopClocks(ctx.trx, personId, rules, { date, byType: 'visit', byId: id });
    const next = nextVisitClock(ctx.child, kind, date);
    // A visit recorded late, after a later one, does not restart the clock that one started.
    if (next && !supersededOn(ctx.child, rules, date)) {
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId: next,
        fromDate: date,
        sourceType: 'visit',
        sourceId: id,
      });
    }
    return id;
  },
};
