import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { censusWorkingDaysBefore } from './helpers-d.ts';
import { dateE } from './helpers-e.ts';

/**
 * An assessment with no authorisation date that started more than 45 working days before the reference date,
 * counted as the reference validator counts them (censusWorkingDaysBefore).
 */
export const rule8670Q = defineCinRule({
  code: '8670Q',
  message:
    'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const latest = censusWorkingDaysBefore(data.referenceDate, 45);
    return cinFailures([
      [
        'Assessments',
        rowsWhereCin(assessments, (r) => {
          if (dateE(r.AssessmentAuthorisationDate) !== null) return false;
          const start = dateE(r.AssessmentActualStartDate);
          return start !== null && start < latest;
        }),
      ],
    ]);
  },
});
