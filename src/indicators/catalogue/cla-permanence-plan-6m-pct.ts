import { member } from '../conventions.ts';
import { daysBetween } from '../../domain/dates.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

/**
 * Denominator: children of `cla` whose current care began 183 days or more before `end`. Numerator:
 * those with a permanence plan dated from the start of that care to 183 days after it. A plan from an
 * earlier period of care does not count; nor does one recorded more than 183 days after the start (the
 * fact shows its date).
 */
export const claPermanencePlan6mPct = defineIndicator({
  id: 'cla_permanence_plan_6m_pct',
  title: 'Children looked after with a permanence plan within 6 months',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    "Of children looked after at `end` for 183 days or more in the current period, those with a permanence plan recorded within 183 days of that period's start.",
  facts: [
    ['care_start', 'Care start'],
    ['days_looked_after', 'Days looked after'],
    ['permanence_plan', 'First permanence plan'],
    ['days_to_plan', 'Days to plan'],
  ],
  measure(model, period, out) {
    const end = period.end;
    for (const { child: c, value: care } of childrenLookedAfterAt(model, end)) {
      const days = daysBetween(care.start, end);
      if (days < 183) continue;
      let plan: (typeof c.permanencePlans)[number] | undefined;
      for (const p of c.permanencePlans)
        if (p.date >= care.start && (plan === undefined || p.date < plan.date)) plan = p;
      const toPlan = plan ? daysBetween(care.start, plan.date) : null;
      out.add(
        out.listing &&
          member(
            c,
            {
              care_start: care.start,
              days_looked_after: days,
              permanence_plan: plan?.date ?? null,
              days_to_plan: toPlan,
            },
            care.episode.id,
          ),
        toPlan !== null && toPlan <= 183,
      );
    }
    return { kind: 'percent' };
  },
});
