import { isWeekend } from '../../../domain/dates.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** An initial child protection conference target date on a Saturday or Sunday. */
export const rule8870Q = defineCinRule({
  code: '8870Q',
  message:
    'Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend',
  type: 'query',
  tables: ['Section47'],
  validate(data) {
    const s47 = cinTable(data, 'Section47');
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(s47, (r) => {
          const target = dateE(r.InitialCPCtarget);
          return target !== null && isWeekend(target);
        }),
      ],
    ]);
  },
});
