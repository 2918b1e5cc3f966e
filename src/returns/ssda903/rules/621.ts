import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * The first child's date of birth (MC_DOB), when a date, must be after the mother's (DOB). As in the reference
 * validator, a valid MC_DOB with a blank or bad DOB is flagged too.
 */
export const rule621 = defineRule({
  code: '621',
  message:
    'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const rows = table(data, 'Header')!;
    return failures([
      [
        'Header',
        rowsWhere(rows, (r) => {
          const child = date(r.MC_DOB);
          const dob = date(r.DOB);
          return child !== null && !(dob !== null && child > dob);
        }),
      ],
    ]);
  },
});
