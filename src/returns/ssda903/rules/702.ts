import { doloRule } from './helpers-dolo.ts';

/**
 * A DoLO must end after it started. As in the reference validator, a DoLO ending on the day it started
 * fails too (the DfE's condition is that DOLO_END is after DOLO_START); rows without two valid dates are
 * left to rules 700 and 701.
 */
export const rule702 = doloRule(
  '702',
  'The date that the DoLO ended is before the date that it started.',
  ({ start, end }) => start !== null && end !== null && end <= start,
);
