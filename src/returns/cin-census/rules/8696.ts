import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear } from './helpers-d.ts';

/**
 * An assessment authorisation (end) date, where present, must fall within the census year.
 */
export const rule8696 = defineCinRule({
  code: '8696',
  message: 'Assessment end date must fall within the census year',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(cinTable(data, 'Assessments'), (r) => {
          const end = dateOf(r, 'AssessmentAuthorisationDate');
          return end !== null && !inCensusYear(data, end);
        }),
      ],
    ]);
  },
});
