import { dateRule } from './helpers-a.ts';

/** Episodes DECOM, when given, must be a DD/MM/YYYY date (a blank DECOM is left to other rules). */
export const rule141 = dateRule({
  code: '141',
  message: 'Date episode began is not a valid date.',
  table: 'Episodes',
  column: 'DECOM',
  blankFails: false,
});
