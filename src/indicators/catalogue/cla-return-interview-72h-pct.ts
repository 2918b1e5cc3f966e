import { eachWithin } from '../candidates.ts';
import { lookedAfterEpisode, member } from '../conventions.ts';
import { dueDate } from '../../domain/timescales.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * Denominator: missing (M) and away (A) episodes ending in the month of children looked after on the day
 * the episode started (as `cla_missing_episodes`). Hearth's dates have no time of day, so "within 72 hours
 * of the end" is an offer dated from the end date to 3 calendar days after it (the `return_interview_72h`
 * clock's due date: ended 1 March, offered by 4 March). The offer may be dated after `end` (an episode ending
 * on the last day of the month has until the 3rd of the next). An episode with no offer recorded is not in
 * time.
 */
export const claReturnInterview72hPct = defineIndicator({
  id: 'cla_return_interview_72h_pct',
  title: 'Return interviews offered within 72 hours',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    'Of missing episodes of looked-after children that ended in the month, those where a return interview was offered within 72 hours of the end.',
  facts: [
    ['start', 'Missing from'],
    ['end', 'Returned'],
    ['offered', 'Interview offered'],
    ['due', 'Offer due by'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'missing', 'end', period.start, period.end, (c, m) => {
      if (!lookedAfterEpisode(c, m.start)) return;
      const due = dueDate('return_interview_72h', m.end);
      out.add(
        out.listing && member(c, { start: m.start, end: m.end, offered: m.offered, due }, m.id),
        m.offered !== null && m.offered >= m.end && m.offered <= due,
      );
    });
    return { kind: 'percent' };
  },
});
