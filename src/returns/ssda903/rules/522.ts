import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** The date placement for adoption ceased must not be before the decision to place (DATE_PLACED). */
export const rule522 = defineRule({
  code: '522',
  message:
    'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.',
  type: 'error',
  tables: ['PlacedAdoption'],
  validate(data) {
    return failures([
      [
        'PlacedAdoption',
        rowsWhere(table(data, 'PlacedAdoption')!, (r) => {
          const placed = date(r.DATE_PLACED);
          const ceased = date(r.DATE_PLACED_CEASED);
          return !!placed && !!ceased && ceased < placed;
        }),
      ],
    ]);
  },
});
