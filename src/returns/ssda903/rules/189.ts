import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, filled } from './helpers-a.ts';

/** A child aged 17 or over at the collection start must have no SDQ score or reason. */
export const rule189 = defineRule({
  code: '189',
  message:
    'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const dob = date(r.DOB);
          return (
            dob !== null &&
            addYears(dob, 17) <= data.collectionStart &&
            (filled(r.SDQ_SCORE) || filled(r.SDQ_REASON))
          );
        }),
      ],
    ]);
  },
});
