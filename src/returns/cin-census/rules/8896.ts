import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE, dateE, episodeKeyE } from './helpers-e.ts';

/**
 * Two or more assessments without an authorisation date in one episode. Assessments are told apart by
 * AssessmentID (the rules see one row per assessment; a row without one is an assessment of its own); every row of the episode is flagged,
 * as the reference does. Rows with no LAchildID are not counted (pandas' groupby leaves out a missing key).
 */
export const rule8896 = defineCinRule({
  code: '8896',
  message: 'Within one CINDetails group there are 2 or more open Assessments groups',
  type: 'error',
  tables: ['Assessments'],
  validate(data) {
    const assessments = cinTable(data, 'Assessments');
    const open = new Map<string, Set<string>>();
    assessments.forEach((r, i) => {
      if (dateE(r.AssessmentAuthorisationDate) !== null || cellE(r, 'LAchildID') === '') return;
      const id = cellE(r, 'AssessmentID') || `row ${i}`;
      const set = open.get(episodeKeyE(r)) ?? new Set<string>();
      set.add(id);
      open.set(episodeKeyE(r), set);
    });
    return cinFailures([
      ['Assessments', rowsWhereCin(assessments, (r) => (open.get(episodeKeyE(r))?.size ?? 0) > 1)],
    ]);
  },
});
