import { assessmentKey, factorsByAssessment } from '../reference-shape.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/**
 * The same assessment factor recorded twice on one assessment, as the reference's newest rule_8898.py finds
 * it: each assessment (LAchildID, CINdetailsID, AssessmentID) is joined to its AssessmentFactorsList rows,
 * and an assessment with a factor that appears more than once (blank ones compare equal) is flagged once, on
 * its Assessments row. Two assessments of an episode with the same factor are two assessments.
 */
export const rule8898 = defineCinRule({
  code: '8898',
  message: ' The assessment has more than one parental or child factors with the same code',
  type: 'error',
  tables: ['Assessments', 'AssessmentFactorsList'],
  validate(data) {
    const factors = factorsByAssessment(cinTable(data, 'AssessmentFactorsList'));
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(cinTable(data, 'Assessments'), (r) => {
          const own = factors.get(assessmentKey(r)) ?? [];
          return new Set(own).size < own.length;
        }),
      ],
    ]);
  },
});
