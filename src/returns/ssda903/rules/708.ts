import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A DoLO must start after the child's date of birth (the DoLo row's own DOB): as in the reference
 * validator, a start on the day of birth fails too, and rows without both valid dates are not compared.
 */
export const rule708 = defineRule({
  code: '708',
  message: 'Dates of DoLOs are before child’s date of birth.',
  type: 'error',
  tables: ['DoLo'],
  validate(data) {
    return failures([
      [
        'DoLo',
        rowsWhere(table(data, 'DoLo')!, (r) => {
          const start = date(r.DOLO_START);
          const dob = date(r.DOB);
          return start !== null && dob !== null && start <= dob;
        }),
      ],
    ]);
  },
});
