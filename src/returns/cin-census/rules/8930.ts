import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear } from './helpers-d.ts';

/** A child protection plan end date, where present, must fall within the census year. */
export const rule8930 = defineCinRule({
  code: '8930',
  message: 'Child Protection Plan End Date must fall within the census year',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(cinTable(data, 'ChildProtectionPlans'), (r) => {
          const end = dateOf(r, 'CPPendDate');
          return end !== null && !inCensusYear(data, end);
        }),
      ],
    ]);
  },
});
