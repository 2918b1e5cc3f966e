import { member, twelveMonthsBefore } from '../conventions.ts';
import { ageOn, daysBetween } from '../../domain/dates.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

const ASSESSMENTS = new Set(['initial_health_assessment', 'review_health_assessment']);

/**
 * Denominator: children of `cla` whose current care began on or before `end` minus 12 months (the same day a
 * year earlier, clamped: 29 February 2024 minus 12 months is 28 February 2023), so looked after without a
 * break, short breaks aside, for 12 months or more. Numerator: those whose latest initial or review health
 * assessment on or before `end` is dated no more than 183 days before `end` when they are under 5 at `end`,
 * else no more than 365 days. Dental checks, immunisations and SDQs are not health assessments. A child
 * with no date of birth is held to 365 days.
 */
export const claHealthInTimePct = defineIndicator({
  id: 'cla_health_in_time_pct',
  title: 'Children looked after with health assessments in time',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    'Of children looked after continuously for 12 months or more at `end`, those whose latest health assessment is within 183 days before `end` if under 5 at `end`, else within 365 days.',
  facts: [
    ['care_start', 'Care start'],
    ['age', 'Age at end'],
    ['latest_assessment', 'Latest health assessment'],
    ['days_before_end', 'Days before end'],
    ['limit_days', 'Allowed (days)'],
  ],
  measure(model, period, out) {
    const end = period.end;
    const since = twelveMonthsBefore(end);
    for (const { child: c, value: care } of childrenLookedAfterAt(model, end)) {
      if (care.start > since) continue;
      const age = c.dateOfBirth !== null && c.dateOfBirth <= end ? ageOn(c.dateOfBirth, end) : null;
      const limit = age !== null && age < 5 ? 183 : 365;
      let latest: string | null = null;
      for (const h of c.health)
        if (ASSESSMENTS.has(h.kind) && h.date <= end && (latest === null || h.date > latest)) latest = h.date;
      const days = latest === null ? null : daysBetween(latest, end);
      out.add(
        out.listing &&
          member(
            c,
            {
              care_start: care.start,
              age,
              latest_assessment: latest,
              days_before_end: days,
              limit_days: limit,
            },
            care.episode.id,
          ),
        days !== null && days <= limit,
      );
    }
    return { kind: 'percent' };
  },
});
