import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, filled } from './helpers-a.ts';

/** A child under 4 at the collection end must have no SDQ score or reason. */
export const rule188 = defineRule({
  code: '188',
  message:
    'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ',
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
            addYears(dob, 4) > data.collectionEnd &&
            (filled(r.SDQ_SCORE) || filled(r.SDQ_REASON))
          );
        }),
      ],
    ]);
  },
});
