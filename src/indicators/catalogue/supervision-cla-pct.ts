import { defineIndicator } from '../indicator.ts';
import { lookedAfterAt } from './cla.ts';
import { supervisionFacts, supervisionMembers } from './supervision-cin-pct.ts';

/**
 * supervision_cin_pct for children looked after at `end` (short breaks V3/V4 excluded), with the interval of rule
 * supervision_cla (default 42 days). Reading chosen: the "plan" that must have started more than the interval
 * before `end` is the current period of care (the clock supervision_cla runs from its start), not the current
 * episode, so a placement move does not take a child out of the denominator. Its start is the start of the care
 * counted (`lookedAfterAt`, as every looked-after figure reads it): where care began as short breaks, the first
 * episode that is not one.
 */
export const supervisionClaPct = defineIndicator({
  id: 'supervision_cla_pct',
  title: 'Children looked after with case supervision in the interval',
  unit: 'percent',
  polarity: 'up',
  section: 'Management oversight and workforce',
  definition: 'The same for children looked after.',
  facts: supervisionFacts('Period of care start'),
  measure(model, period, out) {
    supervisionMembers(
      model,
      period,
      'supervision_cla',
      (c, date) => {
        const care = lookedAfterAt(c, date);
        return care && { start: care.start, recordId: care.episode.id };
      },
      'episodes',
      out,
    );
    return { kind: 'percent' };
  },
});
