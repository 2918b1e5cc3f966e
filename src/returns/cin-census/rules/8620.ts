import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { inCensusYear } from './helpers-d.ts';
import { dateE } from './helpers-e.ts';

/**
 * A CIN closure date, where present, outside the census year.
 */
export const rule8620 = defineCinRule({
  code: '8620',
  message: 'CIN Closure Date present and does not fall within the Census year',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => {
          const closed = dateE(r.CINclosureDate);
          return closed !== null && !inCensusYear(data, closed);
        }),
      ],
    ]);
  },
});
