import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, blank, continuouslyLookedAfter } from './helpers-a.ts';

/**
 * A child looked after continuously through the year, aged 4 or over at the collection start and under 17
 * at the collection end, must have an SDQ score or a reason for none: the row fails when both are blank, as
 * in the reference validator's current version (an earlier one failed it when either was blank, which rule
 * 197a, a reason only when there is no score, makes impossible to satisfy).
 */
export const rule186 = defineRule({
  code: '186',
  message:
    'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.',
  type: 'error',
  tables: ['Episodes', 'OC2'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const dob = date(r.DOB);
          return (
            dob !== null &&
            addYears(dob, 4) <= data.collectionStart &&
            addYears(dob, 17) > data.collectionEnd &&
            cla.has(r.CHILD ?? '') &&
            blank(r.SDQ_SCORE) &&
            blank(r.SDQ_REASON)
          );
        }),
      ],
    ]);
  },
});
