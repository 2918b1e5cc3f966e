import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

const RESIDENTIAL = new Set(['K1', 'K2', 'R1', 'S1']);

/** Children of `cla` placed at `end` in K1, K2, R1 or S1 (not K3, supported accommodation). */
export const claResidential = defineIndicator({
  id: 'cla_residential',
  title: 'Children looked after in children’s homes or residential placements',
  unit: 'number',
  polarity: 'down',
  section: 'Children looked after',
  definition:
    "Children looked after at `end` in a children's home or residential placement (K1, K2, R1, S1).",
  facts: [
    ['care_start', 'Care start'],
    ['placement', 'Placement'],
    ['provider', 'Provider'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end)) {
      const { placement, provider } = care.episode;
      if (RESIDENTIAL.has(placement))
        out.add(out.listing && member(c, { care_start: care.start, placement, provider }, care.episode.id));
    }
    return { kind: 'count' };
  },
});
