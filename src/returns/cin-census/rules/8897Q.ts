import { ASSESSMENT_FACTORS, ASSESSMENT_FACTORS_WITHDRAWN, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { addYears } from './helpers-d.ts';
import { cellE, dateE } from './helpers-e.ts';

/**
 * An assessment authorised in the census year whose factors are missing or not valid codes (the schema's
 * codes, or the withdrawn 18A and 19A, as the reference's list has them), read as the reference's newest
 * rule_8897Q.py reads it: the assessment is joined to the AssessmentFactorsList rows of the same child and
 * AssessmentID (not CINdetailsID: an assessment numbered 1 in one episode meets the factors of the child's
 * assessments numbered 1 in every episode), and it fails when its AssessmentFactors cell is blank, when it
 * meets no factor, or when any factor it meets is not a valid code. It is flagged once, on its Assessments
 * row. The census year starts as the reference counts it (make_census_period): on the reference date less
 * one year, so an assessment authorised on 31 March 2025 is queried in the 2025/26 census.
 */
export const rule8897Q = defineCinRule({
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  type: 'query',
  tables: ['Assessments', 'AssessmentFactorsList'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const byChildAndId = new Map<string, string[]>();
    for (const f of cinTable(data, 'AssessmentFactorsList')) {
      const key = `${f.LAchildID ?? ''}\u0000${f.AssessmentID ?? ''}`;
      byChildAndId.set(key, [...(byChildAndId.get(key) ?? []), f.AssessmentFactor ?? '']);
    }
    const valid = (factor: string): boolean =>
      isCode(ASSESSMENT_FACTORS, factor) || isCode(ASSESSMENT_FACTORS_WITHDRAWN, factor);
    const yearStart = addYears(data.referenceDate, -1);
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => {
          const authorised = dateE(r.AssessmentAuthorisationDate);
          if (authorised === null || authorised < yearStart) return false;
          if (cellE(r, 'AssessmentFactors') === '') return true;
          const met = byChildAndId.get(`${r.LAchildID ?? ''}\u0000${r.AssessmentID ?? ''}`) ?? [];
          return met.length === 0 || !met.every(valid);
        }),
      ],
    ]);
  },
});
