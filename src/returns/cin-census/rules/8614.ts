import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, present } from './helpers-d.ts';

/**
 * Assessment factors may be recorded only when the assessment is authorised (completed): an authorisation date
 * that is not a date counts as missing, as the reference validator reads it. As the reference's newest
 * rule_8614.py reads it, the assessment's AssessmentFactors cell (its factors, one row per assessment) is
 * present or not, so an unauthorised assessment with factors is flagged once, on its row.
 */
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
          (r) => dateOf(r, 'AssessmentAuthorisationDate') === null && present(r.AssessmentFactors),
        ),
      ],
    ]);
  },
});
