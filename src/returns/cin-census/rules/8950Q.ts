import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** The withdrawn assessment factor 19A (any case). */
export const rule8950Q = defineCinRule({
  code: '8950Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => cellE(r, 'AssessmentFactors').toUpperCase() === '19A'),
      ],
    ]);
  },
});
