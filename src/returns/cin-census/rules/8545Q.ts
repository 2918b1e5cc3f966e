import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { inCensusYear } from './helpers-d.ts';
import { dateE } from './helpers-e.ts';

/**
 * A date of death outside the census year, as the reference validator counts it: from the reference date
 * less one year (31 March 2025) to the reference date (31 March 2026), both included.
 */
export const rule8545Q = defineCinRule({
  code: '8545Q',
  message:
    "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(children, (r) => {
          const death = dateE(r.PersonDeathDate);
          return death !== null && !inCensusYear(data, death);
        }),
      ],
    ]);
  },
});
