import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { assessmentGroups, factorCodes } from './helpers-d.ts';

/**
 * Assessment factor 21 (no factors identified) cannot be recorded with any other factor on the same
 * assessment. Every row of such an assessment is flagged (one row per factor, or one row with the factors
 * joined).
 */
export const rule8869 = defineCinRule({
  code: '8869',
  message:
    'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const rows = cinTable(data, 'Assessments');
    const failing = assessmentGroups(rows).filter((group) => {
      const codes = new Set(group.flatMap((i) => factorCodes(rows[i]?.AssessmentFactors)));
      return codes.has('21') && codes.size > 1;
    });
    return cinFailures([['Assessments', failing.flat()]]);
  },
});
