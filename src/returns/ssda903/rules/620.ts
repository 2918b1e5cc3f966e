import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYearsClipped } from './helpers-c.ts';

/**
 * A mother (MOTHER 1) must be 11 or over at the start of the collection year: flags her when her 11th
 * birthday (DOB plus 11 years, 29 February going to 28 February) is after 1 April.
 */
export const rule620 = defineRule({
  code: '620',
  message:
    'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const rows = table(data, 'Header')!;
    return failures([
      [
        'Header',
        rowsWhere(rows, (r) => {
          const dob = date(r.DOB);
          return r.MOTHER === '1' && dob !== null && addYearsClipped(dob, 11) > data.collectionStart;
        }),
      ],
    ]);
  },
});
