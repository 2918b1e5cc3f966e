import { addDays, latestOnOrBefore, member } from '../conventions.ts';
import { daysBetween } from '../../domain/dates.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

/**
 * Denominator: children of `cla` whose care began on or before `end` minus 7 days. Numerator: those with a
 * statutory looked-after visit (kind 'cla') where the child was seen, dated from the start of their care to
 * `end` and on or after `end` minus the interval. The interval is 91 days when the episode open at `end` is
 * recorded as an agreed long-term placement (`longTerm`, the flag that sets the 3-monthly visit clock in
 * Hearth), otherwise 42 days. Visits after `end`, visits where the child was not seen, visits of other kinds
 * (CP, CIN) and visits before the current care began do not count.
 */
export const claVisitsInTimePct = defineIndicator({
  id: 'cla_visits_in_time_pct',
  title: 'Children looked after visited in time',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    'Of children looked after at `end` whose current period of care began 7 or more days before `end`, those seen on a visit during the current period of care dated on or after `end` minus their visiting interval: 91 days where a 3-monthly visiting pattern is recorded for a long-term placement, otherwise 42 days.',
  facts: [
    ['care_start', 'Care start'],
    ['interval_days', 'Visiting interval (days)'],
    ['last_visit', 'Last visit, child seen'],
  ],
  measure(model, period, out) {
    const end = period.end;
    // The first day a visit counts from, for each interval (worked out once per period, not per child).
    const seenFrom = { 42: addDays(end, -42), 91: addDays(end, -91) };
    for (const { child: c, value: care } of childrenLookedAfterAt(model, end)) {
      if (daysBetween(care.start, end) < 7) continue;
      const interval = care.episode.longTerm ? 91 : 42;
      const latest = latestOnOrBefore(c.seenVisits.cla, end);
      const last = latest !== null && latest >= care.start ? latest : null;
      out.add(
        out.listing &&
          member(c, { care_start: care.start, interval_days: interval, last_visit: last }, care.episode.id),
        last !== null && last >= seenFrom[interval],
      );
    }
    return { kind: 'percent' };
  },
});
