import { dateRule } from './helpers-a.ts';

/** Header DOB must be a DD/MM/YYYY date; blank fails. */
export const rule102 = dateRule({
  code: '102',
  message: 'Date of birth is not a valid date.',
  table: 'Header',
  column: 'DOB',
  blankFails: true,
});
