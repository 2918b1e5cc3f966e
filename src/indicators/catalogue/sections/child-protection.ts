import type { Indicator } from '../../indicator.ts';
import { cpRate } from '../cp-rate.ts';

/** The catalogue's section, in its order. */
export const CHILD_PROTECTION: readonly Indicator[] = [cpRate];
