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
  compute(model, period) {
    return {
      kind: 'count',
      members: childrenLookedAfterAt(model, period.end).flatMap(({ child: c, value: care }) => {
        if (!RESIDENTIAL.has(care.episode.placement)) return [];
        const { placement, provider } = care.episode;
        return [member(c, { care_start: care.start, placement, provider }, care.episode.id)];
      }),
    };
  },
});
