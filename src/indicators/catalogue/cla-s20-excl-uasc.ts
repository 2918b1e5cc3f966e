import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { isUascAt, childrenLookedAfterAt } from './cla.ts';

/** Children of `cla` whose episode open at `end` has legal status V2, less those who are UASC at `end`. */
export const claS20ExclUasc = defineIndicator({
  id: 'cla_s20_excl_uasc',
  title: 'Children looked after under section 20, excluding UASC',
  unit: 'number',
  polarity: 'down',
  section: 'Children looked after',
  definition: 'Children looked after at `end` under legal status V2 (section 20), less UASC.',
  facts: [
    ['care_start', 'Care start'],
    ['legal_status', 'Legal status'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end))
      if (care.episode.legalStatus === 'V2' && !isUascAt(c, period.end))
        out.add(out.listing && member(c, { care_start: care.start, legal_status: 'V2' }, care.episode.id));
    return { kind: 'count' };
  },
});
