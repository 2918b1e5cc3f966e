import { latestOnOrBefore, member, wd } from '../conventions.ts';
import { defineIndicator, type Members } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';
import type { Period } from '../period.ts';
import { childrenOnCpPlanAt } from './cp-plans.ts';

/** The latest child protection visit (kind 'cp') where the child was seen, on or before D. */
export function lastSeenOnCpVisit(child: ChildJourney, date: string): string | null {
  return latestOnOrBefore(child.seenVisits.cp, date);
}

export const CP_VISIT_FACTS = [
  ['plan_start', 'Plan start'],
  ['plan_working_days', 'Working days on plan'],
  ['last_seen', 'Last seen on a CP visit'],
  ['working_days_since', 'Working days since seen'],
] as const;

/**
 * Adds to `out` the children on a CP plan at `end` whose plan started more than `n` working days before `end`,
 * each in the numerator when seen on a child protection visit with `wd(visit, end) <= n`.
 *
 * Readings chosen: only visits recorded as child protection visits (kind 'cp') where the child was seen count,
 * as statutory-visit reports do and as the cp_visit clock does (assessment, CIN, CLA and other visits do not);
 * visits dated after `end` are ignored. The 10 and 20 working days are the catalogue's, not the authority's
 * local cp_visit interval (overdue_visits uses that).
 */
export function cpVisitMembers(model: JourneyModel, period: Period, n: number, out: Members): void {
  for (const { child: c, value: plan } of childrenOnCpPlanAt(model, period.end)) {
    const onPlan = wd(plan.start, period.end);
    if (onPlan <= n) continue;
    const seen = lastSeenOnCpVisit(c, period.end);
    const since = seen === null ? null : wd(seen, period.end);
    out.add(
      out.listing &&
        member(
          c,
          { plan_start: plan.start, plan_working_days: onPlan, last_seen: seen, working_days_since: since },
          plan.id,
        ),
      since !== null && since <= n,
    );
  }
}

export const cpVisits10wdPct = defineIndicator({
  id: 'cp_visits_10wd_pct',
  title: 'Children on a child protection plan seen in the last 10 working days',
  unit: 'percent',
  polarity: 'up',
  section: 'Child protection',
  definition:
    'Of children on a CP plan at `end` whose plan started with `wd(plan start, end) > 10`, those with a visit where the child was seen and `wd(visit, end) <= 10`.',
  facts: CP_VISIT_FACTS,
  measure(model, period, out) {
    cpVisitMembers(model, period, 10, out);
    return { kind: 'percent' };
  },
});
