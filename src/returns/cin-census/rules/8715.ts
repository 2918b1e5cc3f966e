import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { inCensusYear } from './helpers-d.ts';
import { dateE } from './helpers-e.ts';

/**
 * A Section 47 initial child protection conference date, where present, outside the census year.
 */
export const rule8715 = defineCinRule({
  code: '8715',
  message: 'Date of Initial Child Protection Conference must fall within the census year',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    const s47 = cinTable(data, 'Section47');
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(s47, (r) => {
          const icpc = dateE(r.DateOfInitialCPC);
          return icpc !== null && !inCensusYear(data, icpc);
        }),
      ],
    ]);
  },
});
