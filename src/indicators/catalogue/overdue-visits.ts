import { childrenOfAny, childrenOverlapping } from '../candidates.ts';
import { daysBetween } from '../../domain/dates.ts';
import { OVERDUE_REASON } from '../../domain/local-codes.ts';
import { addDays, latestOnOrBefore, member, wd } from '../conventions.ts';
import { defineIndicator, type BreakdownRow } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { cinPlanAt } from './cin-plans.ts';
import { lookedAfterAt } from './cla.ts';
import { cpPlanAt } from './cp-plans.ts';
import { policyInterval } from './supervision-cin-pct.ts';

type Category = 'cp' | 'cin' | 'cla';

const CATEGORIES: readonly Category[] = ['cp', 'cin', 'cla'];

const CATEGORY_LABEL: Record<Category, string> = {
  cp: 'Child protection',
  cin: 'Child in need',
  cla: 'Looked after',
};

/** The visit clocks (task rules) of each category, whose open overdue task carries the recorded reason. */
const VISIT_RULES: Record<Category, readonly string[]> = {
  cp: ['cp_visit'],
  cin: ['cin_visit'],
  cla: ['cla_visit_first_1w', 'cla_visit_6w', 'cla_visit_long_term_3m'],
};

const NOT_RECORDED = 'not_recorded';

/** Every reason code with its description, then 'not recorded': the reason rows, in order. */
const REASON_LABEL: ReadonlyMap<string, string> = new Map<string, string>([
  ...OVERDUE_REASON.entries,
  [NOT_RECORDED, 'Not recorded'],
]);

interface Judged {
  category: Category;
  start: string;
  recordId: string;
  interval: string;
  seen: string | null;
  overdue: boolean;
}

/** The latest visit of the kind where the child was seen, from `from` to `end`. */
function lastSeen(child: ChildJourney, kind: Category, from: string, end: string): string | null {
  const latest = latestOnOrBefore(child.seenVisits[kind], end);
  return latest !== null && latest >= from ? latest : null;
}

/**
 * The reason recorded on the child's visit task of the category open at `end` (not completed or cancelled by
 * `end`): the latest due such task with a reason, if several; 'not recorded' when none has one. The task need
 * not be due before `end`: a CIN visit last made 28 days before `end` is overdue by the catalogue's count while
 * its 4-week task falls due on `end` itself, and a reason may already be recorded on it.
 */
function recordedReason(child: ChildJourney, category: Category, end: string): string {
  let reason: string | null = null;
  let due = '';
  for (const t of child.tasks) {
    if (!VISIT_RULES[category].includes(t.ruleId) || t.overdueReason === null) continue;
    if ((t.completed !== null && t.completed <= end) || (t.cancelled !== null && t.cancelled <= end))
      continue;
    if (t.due >= due) [reason, due] = [t.overdueReason, t.due];
  }
  return reason ?? NOT_RECORDED;
}

/** The breakdown rows: every category, then every reason, each a count of children. */
function breakdownRows(
  byCategory: Readonly<Record<Category, number>>,
  byReason: ReadonlyMap<string, number>,
): BreakdownRow[] {
  const row = (key: string, label: string, value: number): BreakdownRow => ({
    key,
    label,
    value,
    numerator: null,
    denominator: null,
  });
  return [
    ...CATEGORIES.map((k) => row(`category:${k}`, CATEGORY_LABEL[k], byCategory[k])),
    ...[...REASON_LABEL].map(([k, label]) => row(`reason:${k}`, label, byReason.get(k) ?? 0)),
  ];
}

/**
 * Children whose statutory visit is overdue at `end`, one member per child, in one category: child protection
 * when on a CP plan, otherwise looked after, otherwise child in need (the order in which Hearth's visit form
 * chooses the kind of visit), so a child on a CP plan who is also looked after is judged by the CP standard
 * only, and the categories add up to the total.
 *
 * Readings chosen, so that a child is overdue exactly when they are in the denominator but not the numerator of
 * the matching visits indicator:
 * - CP: the authority's cp_visit interval (local policy, default 10 working days, as cp_visits_10wd_pct): the
 *   plan started more than the interval before `end` and no CP visit where the child was seen falls in it.
 *   A policy in weeks or days (Cambridgeshire's two weeks) counts calendar days as cin_visits_4w_pct does.
 * - CIN: the authority's cin_visit interval (local policy, default 4 weeks = 28 days, as cin_visits_4w_pct):
 *   the plan started more than the interval before `end` and the child was not seen on a CIN visit in the
 *   interval's days up to and including `end` (for 28 days: `end` minus 27 days to `end`). The catalogue says
 *   28 days, which is the default; an authority that sets another interval would otherwise see different
 *   overdue visits here and in its task lists. (cin_visits_4w_pct itself keeps the catalogue's fixed 28 days.)
 * - CLA (as cla_visits_in_time_pct): the care counted (`lookedAfterAt`: from the first episode that is not a
 *   short break, see cla.ts) began 7 or more days before `end` (the first visit is due within a week) and the
 *   child was not seen on a CLA visit during it dated on or after `end` minus 91 days (long-term placement
 *   recorded on the current episode) or 42 days. These intervals are statutory.
 * - Only visits of the category's own kind where the child was seen count, as the visit clocks do.
 * - The reason is the one recorded on the child's visit task of the category still open at `end` (`tasks`,
 *   see recordedReason), or 'not recorded'. Reasons are read as they stand now (a task keeps one reason), so a
 *   past month shows the reasons recorded since.
 * Breakdown rows: one per category, then one per reason (every reason code, then 'not recorded'), always all of
 * them so months line up; each row's value is a count of children.
 */
export const overdueVisits = defineIndicator({
  id: 'overdue_visits',
  title: 'Children with an overdue statutory visit',
  unit: 'number',
  polarity: 'down',
  section: 'Management oversight and workforce',
  definition:
    'Children at `end` whose statutory visit is overdue (CP: no visit within 10 working days; CIN: 28 days; CLA: their visiting interval), shown by category and by recorded reason. Cambridgeshire reports this weekly.',
  facts: [
    ['category', 'Category'],
    ['start', 'Plan or care start'],
    ['interval', 'Visiting interval'],
    ['last_seen', 'Last seen on a visit'],
    ['days_since', 'Days since seen (or start)'],
    ['working_days_since', 'Working days since seen (or start)'],
    ['reason', 'Recorded reason'],
  ],
  measure(model, period, out) {
    const end = period.end;
    const cp = policyInterval(model, 'cp_visit', end);
    const cin = policyInterval(model, 'cin_visit', end);
    // The first day a CLA visit counts from, for each interval (worked out once per period, not per child).
    const claSeenFrom = { 42: addDays(end, -42), 91: addDays(end, -91) };

    /** The child's category at `end`, and whether its visit is overdue. */
    function judge(c: ChildJourney): Judged | undefined {
      const plan = cpPlanAt(c, end);
      if (plan) {
        const seen = lastSeen(c, 'cp', plan.start, end);
        const overdue = cp.longEnough(plan.start) && !(seen !== null && cp.within(seen));
        return { category: 'cp', start: plan.start, recordId: plan.id, interval: cp.label, seen, overdue };
      }
      const care = lookedAfterAt(c, end);
      if (care) {
        const { episode, start } = care;
        const days = episode.longTerm ? 91 : 42;
        const seen = lastSeen(c, 'cla', start, end);
        const overdue = daysBetween(start, end) >= 7 && !(seen !== null && seen >= claSeenFrom[days]);
        return { category: 'cla', start, recordId: episode.id, interval: `${days} days`, seen, overdue };
      }
      const cinPlan = cinPlanAt(c, end);
      if (cinPlan) {
        const seen = lastSeen(c, 'cin', cinPlan.start, end);
        const overdue = cin.longEnough(cinPlan.start) && !(seen !== null && cin.within(seen));
        return {
          category: 'cin',
          start: cinPlan.start,
          recordId: cinPlan.id,
          interval: cin.label,
          seen,
          overdue,
        };
      }
      return undefined;
    }

    const byCategory: Record<Category, number> = { cp: 0, cin: 0, cla: 0 };
    const byReason = new Map<string, number>();
    for (const c of childrenOfAny(
      model,
      childrenOverlapping(model, 'cpPlans', end, end, 'start', 'end'),
      childrenOverlapping(model, 'episodes', end, end, 'start', 'end'),
      childrenOverlapping(model, 'cinPlans', end, end, 'start', 'end'),
    )) {
      const judged = judge(c);
      if (!judged?.overdue) continue;
      const reason = recordedReason(c, judged.category, end);
      byCategory[judged.category]++;
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      const from = judged.seen ?? judged.start;
      out.add(
        out.listing &&
          member(
            c,
            {
              category: CATEGORY_LABEL[judged.category],
              start: judged.start,
              interval: judged.interval,
              last_seen: judged.seen,
              days_since: daysBetween(from, end),
              working_days_since: wd(from, end),
              reason: REASON_LABEL.get(reason) ?? reason,
            },
            judged.recordId,
          ),
      );
    }
    return { kind: 'breakdown', breakdown: breakdownRows(byCategory, byReason) };
  },
});
