import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, overlaps } from './helpers-d.ts';

/**
 * Within one CINdetails group an assessment should not start on or between the start and authorisation
 * date (or the reference date, when not authorised) of another assessment. Flags both assessments; an
 * assessment with the same start and end dates is not compared with itself or its copy.
 */
export const rule8863Q = defineCinRule({
  code: '8863Q',
  message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
  type: 'query',
  tables: ['Assessments'],
  validate(data) {
    const rows = cinTable(data, 'Assessments');
    const pairs = overlaps(
      rows,
      groupRows(rows, ['LAchildID', 'CINdetailsID']).values(),
      'AssessmentActualStartDate',
      'AssessmentAuthorisationDate',
      data.referenceDate,
      'dates',
    );
    return cinFailures([['Assessments', pairs.flat()]]);
  },
});
