import { assessmentKey, factorsByAssessment } from '../reference-shape.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/**
 * The withdrawn assessment factor 18A (any case) among an assessment's factors (AssessmentFactorsList): the
 * assessment is flagged once, on its Assessments row. The reference's newest rule_8945Q.py upper-cases the
 * AssessmentFactors cell as one text, as its reader once gave one row per factor; its reader now gives the
 * factors as a list, which that comparison never matches, so on a census file it finds nothing. Hearth keeps
 * the DfE's rule and reports the row the reference would name.
 */
export const rule8945Q = defineCinRule({
  code: '8945Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
  type: 'query',
  tables: ['Assessments', 'AssessmentFactorsList'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const factors = factorsByAssessment(cinTable(data, 'AssessmentFactorsList'));
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) =>
          (factors.get(assessmentKey(r)) ?? []).some((x) => x.trim().toUpperCase() === '18A'),
        ),
      ],
    ]);
  },
});
