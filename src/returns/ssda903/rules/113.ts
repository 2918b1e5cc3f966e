import { dateRule } from './helpers-a.ts';

/** AD1 DATE_MATCH, when given, must be a DD/MM/YYYY date. */
export const rule113 = dateRule({
  code: '113',
  message: 'Date matching child and adopter(s) is not a valid date.',
  table: 'AD1',
  column: 'DATE_MATCH',
  blankFails: false,
});
