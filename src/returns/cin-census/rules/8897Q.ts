import { ASSESSMENT_FACTORS, ASSESSMENT_FACTORS_WITHDRAWN, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE, dateE } from './helpers-e.ts';

/** An assessment authorised in the census year (on or after 1 April) with a factor missing or not a valid code. */
export const rule8897Q = defineCinRule({
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => {
          const authorised = dateE(r.AssessmentAuthorisationDate);
          if (authorised === null || authorised < data.collectionStart) return false;
          const factor = cellE(r, 'AssessmentFactors');
          return !isCode(ASSESSMENT_FACTORS, factor) && !isCode(ASSESSMENT_FACTORS_WITHDRAWN, factor);
        }),
      ],
    ]);
  },
});
