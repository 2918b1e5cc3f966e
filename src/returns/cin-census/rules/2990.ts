import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import type { CinTableName } from '../spec.ts';
import { dateOf, groupRows, keyOf } from './helpers-d.ts';

const ACTIVITY: readonly CinTableName[] = ['Section47', 'ChildProtectionPlans', 'CINplanDates'];

/**
 * An episode closed RC8 or RC9 (closed after assessment) cannot have a Section 47 enquiry, a child
 * protection plan, CIN plan dates or an initial CPC date (a date: the reference reads one that is not as
 * missing). Flags the episode and the activity rows.
 */
export const rule2990 = defineCinRule({
  code: '2990',
  message:
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
  type: 'error',
  tables: ['CINdetails', ...ACTIVITY],
  validate(data) {
    const on = ['LAchildID', 'CINdetailsID'];
    const groups = ACTIVITY.map((t) => [t, groupRows(cinTable(data, t), on)] as const);
    const found: Record<string, number[]> = { CINdetails: [] };
    for (const t of ACTIVITY) found[t] = [];
    cinTable(data, 'CINdetails').forEach((cin, i) => {
      if (cin.ReasonForClosure !== 'RC8' && cin.ReasonForClosure !== 'RC9') return;
      let failed = dateOf(cin, 'DateOfInitialCPC') !== null;
      for (const [t, g] of groups) {
        const rows = g.get(keyOf(cin, on)) ?? [];
        if (rows.length > 0) {
          failed = true;
          found[t]?.push(...rows);
        }
      }
      if (failed) found.CINdetails?.push(i);
    });
    return cinFailures(Object.entries(found) as [CinTableName, number[]][]);
  },
});
