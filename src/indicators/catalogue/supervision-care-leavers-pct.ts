import { openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { supervisionFacts, supervisionMembers, type Spell } from './supervision-cin-pct.ts';

/** The statuses that make a care leaver in the catalogue's care_leavers: not 'qualifying'. */
const CARE_LEAVER = new Set(['eligible', 'relevant', 'former_relevant']);

/**
 * The young person's care-leaver status open at D, with the start of the unbroken run of statuses it belongs to
 * (eligible, then relevant, then former relevant are recorded as successive records, each starting on or before
 * the day the one before ended).
 */
function careLeaverSpell(child: ChildJourney, date: string): Spell | undefined {
  const statuses = child.careLeaver.filter((s) => CARE_LEAVER.has(s.eligibility));
  const open = statuses.find((s) => openAt(s.start, s.end, date));
  if (!open) return undefined;
  let start = open.start;
  for (;;) {
    const before = statuses.find((s) => s.start < start && s.end !== null && s.end >= start);
    if (!before) return { start, recordId: open.id };
    start = before.start;
  }
}

/**
 * supervision_cin_pct for young people with an open care-leaver status (eligible, relevant or former relevant,
 * as care_leavers counts them) at `end`, with the interval of rule supervision_care_leaver (default 56 days).
 * Reading chosen: the "plan" is the young person's care-leaver status, from the start of its unbroken run, so
 * moving from relevant to former relevant does not restart the clock.
 */
export const supervisionCareLeaversPct = defineIndicator({
  id: 'supervision_care_leavers_pct',
  title: 'Care leavers with case supervision in the interval',
  unit: 'percent',
  polarity: 'up',
  section: 'Management oversight and workforce',
  definition: 'The same for care leavers.',
  facts: supervisionFacts('Care leaver since'),
  measure(model, period, out) {
    supervisionMembers(model, period, 'supervision_care_leaver', careLeaverSpell, 'careLeaver', out);
    return { kind: 'percent' };
  },
});
