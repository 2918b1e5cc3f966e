import { dateRule } from './helpers-a.ts';

/** DoLo DOLO_START must be a DD/MM/YYYY date; blank fails (as in the reference validator). */
export const rule700 = dateRule({
  code: '700',
  message: 'The start date of the DoLO is not a valid date.',
  table: 'DoLo',
  column: 'DOLO_START',
  blankFails: true,
});
