import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, keyOf } from './helpers-d.ts';

/**
 * An episode that is a referral with no further action (ReferralNFA true or 1) cannot have an initial CPC
 * date, a Section 47 enquiry with a start date, or an assessment with a start or authorisation date. As
 * the reference reads them, ReferralNFA is true only when written exactly "true" or "1", and a date that is
 * not a date is no date.
 */
export const rule8831 = defineCinRule({
  code: '8831',
  message: 'Activity is recorded against a case marked as a referral with no further action',
  type: 'error',
  tables: ['CINdetails', 'Section47', 'Assessments'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const s47 = cinTable(data, 'Section47');
    const assessments = cinTable(data, 'Assessments');
    const s47By = groupRows(s47, on);
    const assBy = groupRows(assessments, on);
    const cinFail: number[] = [];
    const s47Fail: number[] = [];
    const assFail: number[] = [];
    cinTable(data, 'CINdetails').forEach((cin, i) => {
      if (cin.ReferralNFA !== 'true' && cin.ReferralNFA !== '1') return;
      const enquiries = s47By.get(keyOf(cin, on)) ?? [];
      if (dateOf(cin, 'DateOfInitialCPC') !== null) {
        cinFail.push(i);
        s47Fail.push(...enquiries);
      }
      for (const j of enquiries) {
        if (dateOf(s47[j] ?? {}, 'S47ActualStartDate') !== null) {
          cinFail.push(i);
          s47Fail.push(j);
        }
      }
      for (const j of assBy.get(keyOf(cin, on)) ?? []) {
        const a = assessments[j] ?? {};
        if (
          dateOf(a, 'AssessmentActualStartDate') !== null ||
          dateOf(a, 'AssessmentAuthorisationDate') !== null
        ) {
          cinFail.push(i);
          assFail.push(j);
        }
      }
    });
    return cinFailures([
      ['CINdetails', cinFail],
      ['Section47', s47Fail],
      ['Assessments', assFail],
    ]);
  },
});
