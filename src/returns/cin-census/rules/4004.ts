import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows } from './helpers-d.ts';

/**
 * Within one CINdetails group only one CIN plan may be open (no end date). As the reference, every plan of a
 * group with two or more open plans is flagged; an end date that is not a date leaves the plan open, as the
 * reference reads the column as dates.
 */
export const rule4004 = defineCinRule({
  code: '4004',
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
  type: 'error',
  tables: ['CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    const failing: number[] = [];
    for (const [, idx] of groupRows(plans, ['LAchildID', 'CINdetailsID'])) {
      const open = idx.filter((i) => dateOf(plans[i] ?? {}, 'CINPlanEndDate') === null);
      if (open.length > 1) failing.push(...idx);
    }
    return cinFailures([['CINplanDates', failing]]);
  },
});
