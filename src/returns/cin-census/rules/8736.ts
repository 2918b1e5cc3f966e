import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear } from './helpers-d.ts';

/**
 * An assessment not yet authorised (no authorisation date, or one that is not a date) must have started within
 * the census year; one with no start date has not, as the reference validator reads it (a missing start is not
 * between the census dates).
 */
export const rule8736 = defineCinRule({
  code: '8736',
  message: 'For an Assessment that has not been completed, the start date must fall within the census year',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(cinTable(data, 'Assessments'), (r) => {
          const start = dateOf(r, 'AssessmentActualStartDate');
          return (
            dateOf(r, 'AssessmentAuthorisationDate') === null &&
            (start === null || !inCensusYear(data, start))
          );
        }),
      ],
    ]);
  },
});
