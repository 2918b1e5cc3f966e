import { childrenWithin } from '../candidates.ts';
import { member, wd } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { firstCareStartIn } from './cla.ts';

/**
 * Denominator: the children of `cla_started` (one per child, with their first start of care in the month).
 * Numerator: those whose first initial health assessment dated on or after that start has
 * `wd(start, assessment) <= 20`. The cohort is fixed by the month care began; the assessment may be dated
 * after `end` (care that began late in the month has its 20 working days run into the next), so the latest
 * month's figure rises as assessments due are recorded, and a rerun of a past month counts what the record
 * now holds. An assessment dated before the care began (from an earlier period of care) does not count.
 */
export const claIha20wdPct = defineIndicator({
  id: 'cla_iha_20wd_pct',
  title: 'Initial health assessments within 20 working days',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    'Of children who started a new period of care in the month, those with an initial health assessment where `wd(start of care, assessment) <= 20`.',
  facts: [
    ['care_start', 'Care start'],
    ['assessment', 'Initial health assessment'],
    ['working_days', 'Working days'],
  ],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'episodes', 'start', period.start, period.end)) {
      const episode = firstCareStartIn(c, period.start, period.end);
      if (!episode) continue;
      let iha: (typeof c.health)[number] | undefined;
      for (const h of c.health)
        if (
          h.kind === 'initial_health_assessment' &&
          h.date >= episode.start &&
          (iha === undefined || h.date < iha.date)
        )
          iha = h;
      const days = iha ? wd(episode.start, iha.date) : null;
      out.add(
        out.listing &&
          member(
            c,
            { care_start: episode.start, assessment: iha?.date ?? null, working_days: days },
            episode.id,
          ),
        days !== null && days <= 20,
      );
    }
    return { kind: 'percent' };
  },
});
