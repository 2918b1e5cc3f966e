import { addDays, latestOnOrBefore, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenOnCinPlanAt } from './cin-plans.ts';

/**
 * Denominator: children with a CIN plan open at `end` that started before `end` minus 28 days (more than 28
 * days before: a plan starting exactly 28 days before `end` is left out). Numerator: those with a child in need
 * visit (kind 'cin') where the child was seen, dated from `end` minus 27 days to `end` (28 days including
 * `end`). Readings chosen: only visits recorded as child in need visits count, as statutory-visit reports do
 * (not assessment or other visits); the 28 days are the catalogue's fixed 4 weeks, not the authority's local
 * cin_visit interval.
 */
export const cinVisits4wPct = defineIndicator({
  id: 'cin_visits_4w_pct',
  title: 'Children in need seen in the last 4 weeks',
  unit: 'percent',
  polarity: 'up',
  section: 'Children in need',
  definition:
    'Of children on a CIN plan at `end` whose plan started more than 28 days before `end`, those seen on a visit in the 28 days up to and including `end`.',
  facts: [
    ['plan_start', 'Plan start'],
    ['window_from', 'Seen on or after'],
    ['last_seen', 'Last seen on a CIN visit'],
  ],
  measure(model, period, out) {
    const from = addDays(period.end, -27);
    const startedBefore = addDays(period.end, -28);
    for (const { child: c, value: plan } of childrenOnCinPlanAt(model, period.end)) {
      if (plan.start >= startedBefore) continue;
      const lastSeen = latestOnOrBefore(c.seenVisits.cin, period.end);
      out.add(
        out.listing && member(c, { plan_start: plan.start, window_from: from, last_seen: lastSeen }, plan.id),
        lastSeen !== null && lastSeen >= from,
      );
    }
    return { kind: 'percent' };
  },
});
