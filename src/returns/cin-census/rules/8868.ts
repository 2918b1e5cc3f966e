import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, keyOf, writtenTrue } from './helpers-d.ts';

/**
 * When an episode is closed, each of its Section 47 enquiries must have either a DateOfInitialCPC or
 * ICPCnotRequired true (not both). A closed episode with no Section 47 enquiry passes: the DfE's rule is
 * about "all instances of the Section47 group", of which it has none, and the reference joins episodes to
 * enquiries with an inner join, so finds nothing either. As the reference reads them, a date that is not
 * a date is none, and ICPCnotRequired is true only when written exactly "1" or "true".
 */
export const rule8868 = defineCinRule({
  code: '8868',
  message:
    'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
  type: 'error',
  tables: ['CINdetails', 'Section47'],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const s47 = cinTable(data, 'Section47');
    const byEpisode = groupRows(s47, on);
    const cinFail: number[] = [];
    const s47Fail: number[] = [];
    cinTable(data, 'CINdetails').forEach((cin, i) => {
      if (dateOf(cin, 'CINclosureDate') === null) return;
      const enquiries = byEpisode.get(keyOf(cin, on)) ?? [];
      for (const j of enquiries) {
        const row = s47[j];
        const held = dateOf(row ?? {}, 'DateOfInitialCPC') !== null;
        const notRequired = writtenTrue(row?.ICPCnotRequired);
        if (held === notRequired) {
          cinFail.push(i);
          s47Fail.push(j);
        }
      }
    });
    return cinFailures([
      ['CINdetails', cinFail],
      ['Section47', s47Fail],
    ]);
  },
});
