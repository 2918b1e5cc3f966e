import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear, present } from './helpers-d.ts';

/** An assessment not yet authorised must have started within the census year. */
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
          return !present(r.AssessmentAuthorisationDate) && start !== null && !inCensusYear(data, start);
        }),
      ],
    ]);
  },
});
