import type { Indicator } from '../../indicator.ts';

/** The catalogue's section, in its order. */
export const EARLY_HELP: readonly Indicator[] = [];
