import { cinTable, defineCinRule } from '../rule.ts';
import type { CinTableName } from '../spec.ts';
import { FailuresE, dateE, episodeKeyE, joinE } from './helpers-e.ts';

const LATER: readonly [CinTableName, readonly string[]][] = [
  ['Assessments', ['AssessmentActualStartDate', 'AssessmentAuthorisationDate']],
  ['Section47', ['S47ActualStartDate', 'DateOfInitialCPC']],
  ['ChildProtectionPlans', ['CPPendDate']],
  ['CINplanDates', ['CINPlanStartDate', 'CINPlanEndDate']],
];

/**
 * A closed episode with activity after its closure date: its own initial conference date, or an
 * assessment, Section 47, plan end or CIN plan date in the episode. The episode and the rows are flagged.
 * This follows the DfE's rule, not the reference validator's code (rule_8565.py), which contradicts it: its
 * validate replaces the child protection plans with a one-row sample from its test (child1, CINID1), so real
 * plans' end dates are never compared, and it names the CIN plan failures with the Section 47 failures' IDs,
 * which raises an error (and the rule then reports nothing) whenever the two counts differ.
 */
export const rule8565 = defineCinRule({
  code: '8565',
  message: 'Activity shown after a case has been closed',
  type: 'error',
  tables: ['CINdetails', 'Assessments', 'Section47', 'ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const failures = new FailuresE();
    const joins = LATER.map(([table, columns]) => {
      const rows = cinTable(data, table);
      return { table, columns, rows, match: joinE(rows, episodeKeyE) };
    });
    episodes.forEach((episode, i) => {
      const closed = dateE(episode.CINclosureDate);
      if (closed === null) return;
      const after = (cell: string | undefined): boolean => {
        const d = dateE(cell);
        return d !== null && d > closed;
      };
      if (after(episode.DateOfInitialCPC)) failures.add('CINdetails', i);
      for (const { table, columns, rows, match } of joins) {
        for (const j of match(episode)) {
          const row = rows[j];
          if (row && columns.some((c) => after(row[c]))) {
            failures.add('CINdetails', i);
            failures.add(table, j);
          }
        }
      }
    });
    return failures.result();
  },
});
