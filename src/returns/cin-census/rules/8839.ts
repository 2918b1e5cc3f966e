import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows } from './helpers-d.ts';

/**
 * Within one CINdetails group only one Section 47 enquiry may be open (no initial CPC date, or one that is
 * not a date, and ICPCnotRequired not "true" or "1", compared exactly as the reference compares them). As
 * the reference, every enquiry of such a group without an ICPC date is flagged.
 */
export const rule8839 = defineCinRule({
  code: '8839',
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    const rows = cinTable(data, 'Section47');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID', 'CINdetailsID'])) {
      const undated = idx.filter((i) => dateOf(rows[i] ?? {}, 'DateOfInitialCPC') === null);
      const open = undated.filter((i) => {
        const notRequired = rows[i]?.ICPCnotRequired;
        return notRequired !== 'true' && notRequired !== '1';
      });
      if (open.length > 1) failing.push(...undated);
    }
    return cinFailures([['Section47', failing]]);
  },
});
