import { assessmentKey, factorsByAssessment } from '../reference-shape.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/**
 * Assessment factor 21 (no factors identified) cannot be recorded with any other factor: an assessment whose
 * factors (AssessmentFactorsList) include "21" and any other factor (a blank one too) is flagged, once, on
 * its Assessments row. The reference's newest rule_8869.py still compares the whole AssessmentFactors cell
 * with "21" and flags the other rows of the same child, episode and authorisation date, written for a reader
 * that gave one row per factor; its reader now gives one row per assessment with the factors as a list, which
 * never equals "21", so on a census file it finds nothing. Hearth keeps the DfE's rule, reading each
 * assessment's factors as the reference's own test data mean them (a "21" with another factor of the same
 * assessment fails), and reports the assessment's row, the row the reference would name.
 */
export const rule8869 = defineCinRule({
  code: '8869',
  message:
    'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  type: 'error',
  tables: ['Assessments', 'AssessmentFactorsList'],
  validate(data) {
    const factors = factorsByAssessment(cinTable(data, 'AssessmentFactorsList'));
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(cinTable(data, 'Assessments'), (r) => {
          const own = factors.get(assessmentKey(r)) ?? [];
          return own.includes('21') && own.some((f) => f !== '21');
        }),
      ],
    ]);
  },
});
