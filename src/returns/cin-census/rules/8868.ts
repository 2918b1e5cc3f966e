import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, isTrue, keyOf, present } from './helpers-d.ts';

/**
 * When an episode is closed, each of its Section 47 enquiries must have either a DateOfInitialCPC or
 * ICPCnotRequired true (not both). A closed episode with no Section 47 enquiry passes: the DfE's rule is
 * about "all instances of the Section47 group", of which it has none. (The reference's left join flags
 * it, which would fail nearly every closed episode of a real census; we follow the DfE wording.)
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
      if (!present(cin.CINclosureDate)) return;
      const enquiries = byEpisode.get(keyOf(cin, on)) ?? [];
      for (const j of enquiries) {
        const row = s47[j];
        const held = present(row?.DateOfInitialCPC);
        const notRequired = isTrue(row?.ICPCnotRequired);
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
