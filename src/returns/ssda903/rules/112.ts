import { dateRule } from './helpers-a.ts';

/** AD1 DATE_INT, when given, must be a DD/MM/YYYY date. */
export const rule112 = dateRule({
  code: '112',
  message: 'Date should be placed for adoption is not a valid date.',
  table: 'AD1',
  column: 'DATE_INT',
  blankFails: false,
});
