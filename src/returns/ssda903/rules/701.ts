import { dateRule } from './helpers-a.ts';

/** DoLo DOLO_END, when given, must be a DD/MM/YYYY date; blank (a DoLO still in force) passes. */
export const rule701 = dateRule({
  code: '701',
  message: 'The end date of the DoLO is not a valid date.',
  table: 'DoLo',
  column: 'DOLO_END',
  blankFails: false,
});
