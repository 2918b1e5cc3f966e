import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, keyOf, present } from './helpers-d.ts';

/**
 * When an episode is closed, all its assessments must be authorised. Flags the episode and the unauthorised
 * assessments. A closed episode with no assessment passes: the DfE's rule is about all instances of the
 * Assessments group, of which it has none (a referral closed with no further action has none). The
 * reference's left join flags it; we follow the DfE wording.
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
      if (!present(cin.CINclosureDate)) return;
      const own = byEpisode.get(keyOf(cin, on)) ?? [];
      for (const j of own) {
        if (!present(assessments[j]?.AssessmentAuthorisationDate)) {
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
