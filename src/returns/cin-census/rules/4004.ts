import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, present } from './helpers-d.ts';

/**
 * Within one CINdetails group only one CIN plan may be open (no end date). As the reference, every plan of a
 * group with two or more open plans is flagged.
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
      const open = idx.filter((i) => !present(plans[i]?.CINPlanEndDate));
      if (open.length > 1) failing.push(...idx);
    }
    return cinFailures([['CINplanDates', failing]]);
  },
});
