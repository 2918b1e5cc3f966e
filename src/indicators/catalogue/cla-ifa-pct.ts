import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

const FOSTER = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
const PRIVATE_OR_VOLUNTARY = new Set(['PR4', 'PR5']);

/** Every child of `cla` is in the denominator; the placement and provider open at `end` decide. */
export const claIfaPct = defineIndicator({
  id: 'cla_ifa_pct',
  title: 'Children looked after placed with independent fostering agencies',
  unit: 'percent',
  polarity: 'down',
  section: 'Children looked after',
  definition:
    'Of children looked after at `end`, those in a foster placement (U1-U6) whose provider is private or voluntary (PR4, PR5): independent fostering agencies.',
  facts: [
    ['placement', 'Placement'],
    ['provider', 'Provider'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end)) {
      const { placement, provider } = care.episode;
      out.add(
        out.listing && member(c, { placement, provider }, care.episode.id),
        FOSTER.has(placement) && provider !== null && PRIVATE_OR_VOLUNTARY.has(provider),
      );
    }
    return { kind: 'percent' };
  },
});
