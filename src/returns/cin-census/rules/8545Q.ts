import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE, inCensusE } from './helpers-e.ts';

/** A date of death outside the collection year (1 April to the reference date 31 March). */
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
          return death !== null && !inCensusE(data, death);
        }),
      ],
    ]);
  },
});
