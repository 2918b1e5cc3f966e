import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A valid DOB must be on or before the collection end. */
export const rule301 = defineRule({
  code: '301',
  message: 'Date of birth falls after the year ended.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) => {
          const dob = date(r.DOB);
          return dob !== null && dob > data.collectionEnd;
        }),
      ],
    ]);
  },
});
