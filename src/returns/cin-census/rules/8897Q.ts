import { ASSESSMENT_FACTORS, ASSESSMENT_FACTORS_WITHDRAWN, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { addYears } from './helpers-d.ts';
import { cellE, dateE } from './helpers-e.ts';

/**
 * An assessment authorised in the census year with a factor missing or not a valid code (the schema's
 * codes, or the withdrawn 18A and 19A, as the reference's list has them). The census year starts as the
 * reference counts it (make_census_period): on the reference date less one year, so an assessment
 * authorised on 31 March 2025 is queried in the 2025/26 census.
 */
export const rule8897Q = defineCinRule({
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const yearStart = addYears(data.referenceDate, -1);
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => {
          const authorised = dateE(r.AssessmentAuthorisationDate);
          if (authorised === null || authorised < yearStart) return false;
          const factor = cellE(r, 'AssessmentFactors');
          return !isCode(ASSESSMENT_FACTORS, factor) && !isCode(ASSESSMENT_FACTORS_WITHDRAWN, factor);
        }),
      ],
    ]);
  },
});
