import type { Indicator } from '../../indicator.ts';
import { cpEnded2yPlusPct } from '../cp-ended-2y-plus-pct.ts';
import { cpPlansStarted } from '../cp-plans-started.ts';
import { cpPlans } from '../cp-plans.ts';
import { cpRate } from '../cp-rate.ts';
import { cpReviewsInTimePct } from '../cp-reviews-in-time-pct.ts';
import { cpSecondOrSubsequentPct } from '../cp-second-or-subsequent-pct.ts';
import { cpVisits10wdPct } from '../cp-visits-10wd-pct.ts';
import { cpVisits20wdPct } from '../cp-visits-20wd-pct.ts';
import { icpc15wdPct } from '../icpc-15wd-pct.ts';
import { s47Started } from '../s47-started.ts';

/** The catalogue's section, in its order. */
export const CHILD_PROTECTION: readonly Indicator[] = [
  s47Started,
  icpc15wdPct,
  cpPlans,
  cpRate,
  cpPlansStarted,
  cpSecondOrSubsequentPct,
  cpEnded2yPlusPct,
  cpVisits10wdPct,
  cpVisits20wdPct,
  cpReviewsInTimePct,
];
