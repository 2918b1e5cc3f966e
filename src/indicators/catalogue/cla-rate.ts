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
  compute(model, period) {
    return {
      kind: 'rate',
      population: populationAt(model, period.end),
      members: childrenLookedAfterAt(model, period.end).map(({ child, value: care }) =>
        member(child, { care_start: care.start, legal_status: care.episode.legalStatus }, care.episode.id),
      ),
    };
  },
});
