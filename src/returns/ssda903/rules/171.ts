import { dateRule } from './helpers-a.ts';

/** Header MC_DOB, when given, must be a DD/MM/YYYY date. */
export const rule171 = dateRule({
  code: '171',
  message: "Date of birth of mother's child is not a valid date.",
  table: 'Header',
  column: 'MC_DOB',
  blankFails: false,
});
