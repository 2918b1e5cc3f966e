import { childrenWithAt } from '../candidates.ts';
import { addCalendarMonths, daysBetween } from '../../domain/dates.ts';
import { effectiveTimescaleRule, type LocalPolicyRuleId, type Timescale } from '../../domain/timescales.ts';
import { addDays, latestOnOrBefore, member, wd } from '../conventions.ts';
import { defineIndicator, type Members } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';
import type { Period } from '../period.ts';
import { cinPlanAt } from './cin-plans.ts';

/** A local-policy interval counted back from `end`: who has been open long enough, and what falls inside. */
export interface IntervalBefore {
  /** '42 days', '10 working days', '1 month' */
  label: string;
  /** Started more than the interval before `end`. */
  longEnough(start: string): boolean;
  /** On or before `end` and inside the interval that ends on `end`. */
  within(date: string): boolean;
}

const UNIT_NAME: Record<Timescale['unit'], string> = {
  working_days: 'working day',
  calendar_days: 'day',
  weeks: 'week',
  months: 'month',
  hours: 'hour',
};

/** '42 days', '10 working days', '1 month'. */
export function labelOf({ unit, amount }: Timescale): string {
  return `${amount} ${UNIT_NAME[unit]}${amount === 1 ? '' : 's'}`;
}

/**
 * The interval of a local-policy rule (visit or supervision interval) ending at `end`, as the catalogue counts
 * it. Calendar days and weeks (7 days each) are days: for N days the interval is `end` minus N-1 days to
 * `end`, and a plan started more than N days before `end` (before `end` minus N) is long enough. The same
 * shape serves the units an authority may also choose:
 * - months: after `end` minus N months (clamped to the month's last day) up to `end`; long enough when
 *   started before `end` minus N months.
 * - working days: the catalogue's "within the last N working days before D", `wd(date, end) <= N`; long enough
 *   when `wd(start, end) > N`, as cp_visits_10wd_pct counts.
 * - hours: Hearth's dates have no time, so N hours are ceil(N / 24) days, as the task clocks count them.
 */
export function intervalBefore(end: string, timescale: Timescale): IntervalBefore {
  const { unit, amount } = timescale;
  if (unit === 'working_days') {
    return {
      label: labelOf(timescale),
      longEnough: (start) => start <= end && wd(start, end) > amount,
      within: (date) => date <= end && wd(date, end) <= amount,
    };
  }
  const before =
    unit === 'months'
      ? addCalendarMonths(end, -amount)
      : addDays(end, -(unit === 'weeks' ? amount * 7 : unit === 'hours' ? Math.ceil(amount / 24) : amount));
  return {
    label: labelOf(timescale),
    longEnough: (start) => start < before,
    within: (date) => date > before && date <= end,
  };
}

/** The interval of a local-policy rule for the authority (its own setting, else the national default). */
export function policyInterval(model: JourneyModel, ruleId: LocalPolicyRuleId, end: string): IntervalBefore {
  return intervalBefore(end, effectiveTimescaleRule(ruleId, model.policy));
}

/** What a child is supervised under at `end`: the start of their plan, care or status, and its record. */
export interface Spell {
  start: string;
  recordId: string;
}

export function supervisionFacts(startHeading: string): readonly (readonly [string, string])[] {
  return [
    ['start', startHeading],
    ['interval', 'Supervision interval'],
    ['last_supervision', 'Last case supervision'],
    ['days_since', 'Days since'],
  ];
}

/**
 * The supervision indicators' shared computation, adding its members to `out`: children with a spell (plan,
 * care or status) at `end` that started more than the authority's supervision interval before `end`, each in the
 * numerator when a case supervision of theirs is dated within the interval up to and including `end`.
 * Supervisions after `end` are ignored; a supervision before the spell began cannot fall in the interval, since
 * the spell is older than it. Each rule has its own `spellAt`, so the children's spells at a date are remembered
 * under the rule's id.
 */
export function supervisionMembers(
  model: JourneyModel,
  period: Period,
  ruleId: LocalPolicyRuleId,
  spellAt: (child: ChildJourney, date: string) => Spell | undefined,
  spellKind: 'cinPlans' | 'cpPlans' | 'episodes' | 'careLeaver',
  out: Members,
): void {
  const interval = policyInterval(model, ruleId, period.end);
  const spells = childrenWithAt(model, ruleId, spellKind, period.end, (c) => spellAt(c, period.end));
  for (const { child: c, value: spell } of spells) {
    if (!interval.longEnough(spell.start)) continue;
    const last = latestOnOrBefore(c.supervisions, period.end);
    out.add(
      out.listing &&
        member(
          c,
          {
            start: spell.start,
            interval: interval.label,
            last_supervision: last,
            days_since: last === null ? null : daysBetween(last, period.end),
          },
          spell.recordId,
        ),
      last !== null && interval.within(last),
    );
  }
}

/** The child's CIN plan open at D (the earliest started, should two overlap). */
function cinSpell(child: ChildJourney, date: string): Spell | undefined {
  const plan = cinPlanAt(child, date);
  return plan && { start: plan.start, recordId: plan.id };
}

/**
 * Supervision intervals are local policy (rule supervision_cin, default 42 calendar days), read from
 * `model.policy` with effectiveTimescaleRule; see `intervalBefore` for authorities that set weeks, months,
 * working days or hours. Any case supervision of the child counts (case_supervision has no kind).
 */
export const supervisionCinPct = defineIndicator({
  id: 'supervision_cin_pct',
  title: 'Children in need with case supervision in the interval',
  unit: 'percent',
  polarity: 'up',
  section: 'Management oversight and workforce',
  definition:
    "Of children on a CIN plan at `end` whose plan started more than the supervision interval before `end`, those with a recorded case supervision in the interval's days up to and including `end` (for 28 days: `end` minus 27 days to `end`).",
  facts: supervisionFacts('Plan start'),
  measure(model, period, out) {
    supervisionMembers(model, period, 'supervision_cin', cinSpell, 'cinPlans', out);
    return { kind: 'percent' };
  },
});
