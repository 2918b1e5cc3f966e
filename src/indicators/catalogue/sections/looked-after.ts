import type { Indicator } from '../../indicator.ts';

/** The catalogue's section, in its order. */
export const LOOKED_AFTER: readonly Indicator[] = [];
