import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE, dateE, groupE } from './helpers-e.ts';

/**
 * The same assessment factor recorded twice on one assessment, as the reference finds duplicates
 * (rule_8898.py): factors are compared within an assessment, told apart by child, CINdetailsID and
 * AssessmentID, and every row of a duplicated factor is flagged (blank cells compare equal). Two
 * assessments of an episode that start on the same day are two assessments. Rows with no AssessmentID (not
 * read from a census file) are told apart by their start date as a date, as the reference's earlier version
 * did (2025-04-01 and 2025-04-01T00:00:00 are one day; any value that is not a date is one "no date").
 */
export const rule8898 = defineCinRule({
  code: '8898',
  message: ' The assessment has more than one parental or child factors with the same code',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const rows = cinTable(data, 'Assessments');
    const groups = groupE(rows, (r) => {
      const id = cellE(r, 'AssessmentID');
      const assessment = id !== '' ? `id ${id}` : `start ${dateE(r.AssessmentActualStartDate) ?? ''}`;
      return [
        cellE(r, 'LAchildID'),
        cellE(r, 'CINdetailsID'),
        assessment,
        cellE(r, 'AssessmentFactors'),
      ].join('\u0000');
    });
    const failing = [...groups.values()].filter((g) => g.length > 1).flat();
    return cinFailures([['Assessments', failing]]);
  },
});
