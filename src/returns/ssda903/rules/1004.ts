import { dateRule } from './helpers-a.ts';

/** MIS_START must be a DD/MM/YYYY date; a blank start fails too. */
export const rule1004 = dateRule({
  code: '1004',
  message:
    'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  table: 'Missing',
  column: 'MIS_START',
  blankFails: true,
});
