import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, blank, continuouslyLookedAfter } from './helpers-a.ts';

/**
 * A child looked after continuously for the year, aged 4 or over at the collection start and at most 16
 * at the collection end (DOB + 16 years on or after the end), with no SDQ score must not have SDQ1 as the
 * reason.
 */
export const rule157 = defineRule({
  code: '157',
  message:
    'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.',
  type: 'error',
  tables: ['OC2', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const dob = date(r.DOB);
          return (
            dob !== null &&
            cla.has(r.CHILD ?? '') &&
            addYears(dob, 4) <= data.collectionStart &&
            addYears(dob, 16) >= data.collectionEnd &&
            blank(r.SDQ_SCORE) &&
            r.SDQ_REASON === 'SDQ1'
          );
        }),
      ],
    ]);
  },
});
