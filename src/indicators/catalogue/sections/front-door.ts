import type { Indicator } from '../../indicator.ts';
import { referrals } from '../referrals.ts';

/** The catalogue's section, in its order. */
export const FRONT_DOOR: readonly Indicator[] = [referrals];
