import type { Indicator } from '../../indicator.ts';

/** The catalogue's section, in its order. */
export const CHILDREN_IN_NEED: readonly Indicator[] = [];
