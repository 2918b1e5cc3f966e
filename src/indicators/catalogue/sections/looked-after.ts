import type { Indicator } from '../../indicator.ts';
import { cla } from '../cla.ts';
import { claRate } from '../cla-rate.ts';
import { claStarted } from '../cla-started.ts';
import { claCeased } from '../cla-ceased.ts';
import { claUasc } from '../cla-uasc.ts';
import { claUascStarted } from '../cla-uasc-started.ts';
import { claCwd } from '../cla-cwd.ts';
import { claS20ExclUasc } from '../cla-s20-excl-uasc.ts';
import { claPlacedForAdoption } from '../cla-placed-for-adoption.ts';
import { claIfaPct } from '../cla-ifa-pct.ts';
import { claResidential } from '../cla-residential.ts';
import { claVisitsInTimePct } from '../cla-visits-in-time-pct.ts';
import { claReviewsInTimePct } from '../cla-reviews-in-time-pct.ts';
import { claHealthInTimePct } from '../cla-health-in-time-pct.ts';
import { claIha20wdPct } from '../cla-iha-20wd-pct.ts';
import { cla3plusPlacementsPct } from '../cla-3plus-placements-pct.ts';
import { claPermanencePlan6mPct } from '../cla-permanence-plan-6m-pct.ts';
import { claMissingEpisodes } from '../cla-missing-episodes.ts';
import { claReturnInterview72hPct } from '../cla-return-interview-72h-pct.ts';

/** The catalogue's section, in its order. */
export const LOOKED_AFTER: readonly Indicator[] = [
  cla,
  claRate,
  claStarted,
  claCeased,
  claUasc,
  claUascStarted,
  claCwd,
  claS20ExclUasc,
  claPlacedForAdoption,
  claIfaPct,
  claResidential,
  claVisitsInTimePct,
  claReviewsInTimePct,
  claHealthInTimePct,
  claIha20wdPct,
  cla3plusPlacementsPct,
  claPermanencePlan6mPct,
  claMissingEpisodes,
  claReturnInterview72hPct,
];
