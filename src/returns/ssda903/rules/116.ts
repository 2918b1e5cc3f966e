import { dateRule } from './helpers-a.ts';

/** PlacedAdoption DATE_PLACED_CEASED, when given, must be a DD/MM/YYYY date. */
export const rule116 = dateRule({
  code: '116',
  message:
    "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
  table: 'PlacedAdoption',
  column: 'DATE_PLACED_CEASED',
  blankFails: false,
});
