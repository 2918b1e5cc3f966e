import type { Indicator } from '../../indicator.ts';
import { cinPlans } from '../cin-plans.ts';
import { cinPlansNotCwd } from '../cin-plans-not-cwd.ts';
import { cinRate } from '../cin-rate.ts';
import { cinVisits4wPct } from '../cin-visits-4w-pct.ts';

/** The catalogue's section, in its order. */
export const CHILDREN_IN_NEED: readonly Indicator[] = [cinPlans, cinPlansNotCwd, cinVisits4wPct, cinRate];
