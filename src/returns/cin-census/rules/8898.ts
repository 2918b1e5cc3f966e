import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE, dateE, groupE } from './helpers-e.ts';

/**
 * The same assessment factor recorded twice on one assessment (child, episode and start date), as the
 * reference finds duplicates: every row of a duplicated combination is flagged (blank cells compare equal).
 */
export const rule8898 = defineCinRule({
  code: '8898',
  message: ' The assessment has more than one parental or child factors with the same code',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const rows = cinTable(data, 'Assessments');
    // The start date as a date (2025-04-01 and 2025-04-01T00:00:00 are one day, as the reference reads them).
    const groups = groupE(rows, (r) =>
      [
        cellE(r, 'LAchildID'),
        cellE(r, 'CINdetailsID'),
        dateE(r.AssessmentActualStartDate) ?? cellE(r, 'AssessmentActualStartDate'),
        cellE(r, 'AssessmentFactors'),
      ].join('\u0000'),
    );
    const failing = [...groups.values()].filter((g) => g.length > 1).flat();
    return cinFailures([['Assessments', failing]]);
  },
});
