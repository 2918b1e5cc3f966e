import { isWorkingDay } from '../../../domain/working-days.ts';
import { addDays } from '../../../domain/dates.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** The date `n` working days (England and Wales) before `date`, stepping back over weekends and bank holidays. */
export function workingDaysBeforeE(date: string, n: number): string {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** An assessment with no authorisation date that started more than 45 working days before the reference date. */
export const rule8670Q = defineCinRule({
  code: '8670Q',
  message:
    'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const latest = workingDaysBeforeE(data.referenceDate, 45);
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
