import { dateRule } from './helpers-a.ts';

/** PlacedAdoption DATE_PLACED, when given, must be a DD/MM/YYYY date. */
export const rule115 = dateRule({
  code: '115',
  message:
    "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
  table: 'PlacedAdoption',
  column: 'DATE_PLACED',
  blankFails: false,
});
