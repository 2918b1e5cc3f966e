import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears } from './helpers-a.ts';

/** A valid DUC must be on or before the child's 18th birthday (UASC DOB + 18 years). */
export const rule304 = defineRule({
  code: '304',
  message:
    'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  type: 'error',
  tables: ['UASC'],
  validate(data) {
    return failures([
      [
        'UASC',
        rowsWhere(table(data, 'UASC')!, (r) => {
          const duc = date(r.DUC);
          const dob = date(r.DOB);
          return duc !== null && dob !== null && duc > addYears(dob, 18);
        }),
      ],
    ]);
  },
});
