import type { Indicator } from '../indicator.ts';
import { ASSESSMENT } from './sections/assessment.ts';
import { CARE_LEAVERS } from './sections/care-leavers.ts';
import { CHILD_PROTECTION } from './sections/child-protection.ts';
import { CHILDREN_IN_NEED } from './sections/children-in-need.ts';
import { EARLY_HELP } from './sections/early-help.ts';
import { FRONT_DOOR } from './sections/front-door.ts';
import { LOOKED_AFTER } from './sections/looked-after.ts';
import { OVERSIGHT } from './sections/oversight.ts';

/** Every indicator of shared/domain/indicators.md, in the catalogue's order. */
export const CATALOGUE: readonly Indicator[] = [
  ...FRONT_DOOR,
  ...ASSESSMENT,
  ...CHILD_PROTECTION,
  ...CHILDREN_IN_NEED,
  ...LOOKED_AFTER,
  ...CARE_LEAVERS,
  ...OVERSIGHT,
  ...EARLY_HELP,
];

const BY_ID = new Map(CATALOGUE.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
