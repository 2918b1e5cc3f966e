import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, keyOf } from './helpers-d.ts';

/**
 * When an episode is closed, all its assessments must be authorised. Flags the episode and the unauthorised
 * assessments. A closed episode with no assessment passes: the DfE's rule is about all instances of the
 * Assessments group, of which it has none (a referral closed with no further action has none), and the
 * reference joins episodes to assessments with an inner join, so finds nothing either. Dates are read as
 * the reference reads them: a closure or authorisation date that is not a date is none.
 */
export const rule8867 = defineCinRule({
  code: '8867',
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
  type: 'error',
  tables: ['CINdetails', 'Assessments'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const assessments = cinTable(data, 'Assessments');
    const byEpisode = groupRows(assessments, on);
    const cinFail: number[] = [];
    const assFail: number[] = [];
    cinTable(data, 'CINdetails').forEach((cin, i) => {
      if (dateOf(cin, 'CINclosureDate') === null) return;
      const own = byEpisode.get(keyOf(cin, on)) ?? [];
      for (const j of own) {
        if (dateOf(assessments[j] ?? {}, 'AssessmentAuthorisationDate') === null) {
          cinFail.push(i);
          assFail.push(j);
        }
      }
    });
    return cinFailures([
      ['CINdetails', cinFail],
      ['Assessments', assFail],
    ]);
  },
});
