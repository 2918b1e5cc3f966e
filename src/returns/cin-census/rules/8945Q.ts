import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** The withdrawn assessment factor 18A (any case). */
export const rule8945Q = defineCinRule({
  code: '8945Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => cellE(r, 'AssessmentFactors').toUpperCase() === '18A'),
      ],
    ]);
  },
});
