import { addCalendarMonths, addDays } from '../../../domain/dates.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/**
 * An expected date of birth, where present, should fall strictly after the reference date less 30 days
 * (1 March 2026) and strictly before the reference date plus 9 months (31 December 2026), as the reference
 * compares.
 */
export const rule8530Q = defineCinRule({
  code: '8530Q',
  message:
    'Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const earliest = addDays(data.referenceDate, -30);
    const latest = addCalendarMonths(data.referenceDate, 9);
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(cinTable(data, 'ChildIdentifiers'), (r) => {
          const expected = dateOf(r, 'ExpectedPersonBirthDate');
          return expected !== null && (expected >= latest || expected <= earliest);
        }),
      ],
    ]);
  },
});
