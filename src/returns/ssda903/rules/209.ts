import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears } from './helpers-a.ts';

/**
 * A child aged 4 or over on 31 August of the calendar year before the collection starts (31 August 2024
 * for 2025/26) must not have UPN UN1.
 */
export const rule209 = defineRule({
  code: '209',
  message:
    'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const reference = `${Number(data.collectionStart.slice(0, 4)) - 1}-08-31`;
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) => {
          const dob = date(r.DOB);
          return r.UPN === 'UN1' && dob !== null && addYears(dob, 4) <= reference;
        }),
      ],
    ]);
  },
});
