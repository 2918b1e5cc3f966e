import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** MIS_START must be after the child's date of birth (DOB in the Missing table); on the birth date fails. */
export const rule586 = defineRule({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([
      [
        'Missing',
        rowsWhere(rows, (r) => {
          const start = date(r.MIS_START);
          const dob = date(r.DOB);
          return start !== null && dob !== null && start <= dob;
        }),
      ],
    ]);
  },
});
