import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE, dateE, groupE } from './helpers-e.ts';

/**
 * Assessment factor 21 (no factors identified) cannot be recorded with any other factor. As the reference
 * checks it (rule_8869.py), an assessment is told apart by child, CINdetailsID and authorisation date (the
 * reader gives one row per factor): where a row of it has the factor "21", every row of it whose factor is
 * not "21" (a blank one too) is flagged, not the "21" rows themselves. Authorisation dates are compared as
 * dates, all missing ones (or ones that are not dates) as one. The reference compares whole cells, so a
 * cell holding several factors ("21,1A") is one factor that is not "21".
 */
export const rule8869 = defineCinRule({
  code: '8869',
  message:
    'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const rows = cinTable(data, 'Assessments');
    const isNone = (i: number): boolean => cellE(rows[i] ?? {}, 'AssessmentFactors') === '21';
    const groups = groupE(rows, (r) =>
      [cellE(r, 'LAchildID'), cellE(r, 'CINdetailsID'), dateE(r.AssessmentAuthorisationDate) ?? ''].join(
        '\u0000',
      ),
    );
    const failing: number[] = [];
    for (const idx of groups.values()) {
      if (idx.some(isNone)) failing.push(...idx.filter((i) => !isNone(i)));
    }
    return cinFailures([['Assessments', failing]]);
  },
});
