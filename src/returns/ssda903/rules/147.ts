import { dateRule } from './helpers-a.ts';

/** Episodes DEC, when given, must be a DD/MM/YYYY date. */
export const rule147 = dateRule({
  code: '147',
  message: 'Date episode ceased is not a valid date.',
  table: 'Episodes',
  column: 'DEC',
  blankFails: false,
});
