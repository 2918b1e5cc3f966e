import type { Indicator } from '../../indicator.ts';
import { careProceedingsIssued } from '../care-proceedings-issued.ts';
import { caseloadAverage } from '../caseload-average.ts';
import { caseloadOverThreshold } from '../caseload-over-threshold.ts';
import { overdueVisits } from '../overdue-visits.ts';
import { supervisionCareLeaversPct } from '../supervision-care-leavers-pct.ts';
import { supervisionCinPct } from '../supervision-cin-pct.ts';
import { supervisionClaPct } from '../supervision-cla-pct.ts';
import { supervisionCpPct } from '../supervision-cp-pct.ts';

/** The catalogue's section, in its order. */
export const OVERSIGHT: readonly Indicator[] = [
  supervisionCinPct,
  supervisionCpPct,
  supervisionClaPct,
  supervisionCareLeaversPct,
  overdueVisits,
  caseloadAverage,
  caseloadOverThreshold,
  careProceedingsIssued,
];
