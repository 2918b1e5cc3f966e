import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, overlaps } from './helpers-d.ts';

/**
 * A child's CIN plans cannot overlap: no plan may start on or between the start and end date (or the
 * reference date, when open) of another of the child's plans. Flags both plans.
 */
export const rule4014 = defineCinRule({
  code: '4014',
  message: 'CIN Plan data contains overlapping dates',
  type: 'error',
  tables: ['CINplanDates'],
  validate(data) {
    const rows = cinTable(data, 'CINplanDates');
    const pairs = overlaps(
      rows,
      groupRows(rows, ['LAchildID']).values(),
      'CINPlanStartDate',
      'CINPlanEndDate',
      data.referenceDate,
      'row',
    );
    return cinFailures([['CINplanDates', pairs.flat()]]);
  },
});
