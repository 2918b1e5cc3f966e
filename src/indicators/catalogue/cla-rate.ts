import { member, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

/** The children of `cla` (short breaks left out) over the population held for the calendar year of `end`. */
export const claRate = defineIndicator({
  id: 'cla_rate',
  title: 'Children looked after per 10,000',
  unit: 'rate',
  polarity: 'none',
  section: 'Children looked after',
  definition: '`cla` per 10,000.',
  facts: [
    ['care_start', 'Care start'],
    ['legal_status', 'Legal status'],
  ],
  measure(model, period, out) {
    for (const { child, value: care } of childrenLookedAfterAt(model, period.end))
      out.add(
        out.listing &&
          member(child, { care_start: care.start, legal_status: care.episode.legalStatus }, care.episode.id),
      );
    return { kind: 'rate', population: populationAt(model, period.end) };
  },
});
