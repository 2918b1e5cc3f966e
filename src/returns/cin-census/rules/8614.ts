import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { present } from './helpers-d.ts';

/** Assessment factors may be recorded only when the assessment is authorised (completed). */
export const rule8614 = defineCinRule({
  code: '8614',
  message: 'Parental or child factors at assessment should only be present for a completed assessment.',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(
          cinTable(data, 'Assessments'),
          (r) => !present(r.AssessmentAuthorisationDate) && present(r.AssessmentFactors),
        ),
      ],
    ]);
  },
});
