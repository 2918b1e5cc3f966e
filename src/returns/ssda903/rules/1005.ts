import { dateRule } from './helpers-a.ts';

/** MIS_END, when given, must be a DD/MM/YYYY date (blank is allowed: the episode may be open). */
export const rule1005 = dateRule({
  code: '1005',
  message:
    'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  table: 'Missing',
  column: 'MIS_END',
  blankFails: false,
});
