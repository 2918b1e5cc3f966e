import type { Indicator } from '../../indicator.ts';
import { assessments45wdPct } from '../assessments-45wd-pct.ts';

/** The catalogue's section, in its order. */
export const ASSESSMENT: readonly Indicator[] = [assessments45wdPct];
