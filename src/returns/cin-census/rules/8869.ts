import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { factorCodes } from './helpers-d.ts';

/** Assessment factor 21 (no factors identified) cannot be recorded with any other factor. */
export const rule8869 = defineCinRule({
  code: '8869',
  message:
    'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(cinTable(data, 'Assessments'), (r) => {
          const codes = factorCodes(r.AssessmentFactors);
          return codes.includes('21') && codes.length > 1;
        }),
      ],
    ]);
  },
});
