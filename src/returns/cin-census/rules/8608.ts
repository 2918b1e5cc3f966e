import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** An assessment authorised before it started. */
export const rule8608 = defineCinRule({
  code: '8608',
  message: 'Assessment Start Date cannot be later than its End Date',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => {
          const start = dateE(r.AssessmentActualStartDate);
          const end = dateE(r.AssessmentAuthorisationDate);
          return start !== null && end !== null && start > end;
        }),
      ],
    ]);
  },
});
