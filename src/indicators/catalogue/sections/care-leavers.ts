import type { Indicator } from '../../indicator.ts';
import { careLeavers } from '../care-leavers.ts';
import { careLeaversInTouchPct } from '../care-leavers-in-touch-pct.ts';
import { careLeaversSuitableAccommodationPct } from '../care-leavers-suitable-accommodation-pct.ts';
import { careLeaversEetPct } from '../care-leavers-eet-pct.ts';

/** The catalogue's section, in its order. */
export const CARE_LEAVERS: readonly Indicator[] = [
  careLeavers,
  careLeaversInTouchPct,
  careLeaversSuitableAccommodationPct,
  careLeaversEetPct,
];
