import { toDayNumber } from '../../../domain/dates.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A care leaver accommodated in a Foyer (ACCOM 'T') must be 18 at the collection start. As the reference
 * validator, "18" is 18 x 365.2425 days, and only the bare code 'T' is tested (so T1/T2 do not fail).
 *
 * DIFFERS from the reference validator when an OC3 DOB is filled but not a DD/MM/YYYY date: it reads DOB
 * without errors='coerce', so the whole rule then fails to run and reports nothing. Here that row is
 * skipped and the others are checked.
 */
export const rule347 = defineRule({
  code: '347',
  message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.',
  type: 'error',
  tables: ['OC3'],
  validate(data) {
    const start = toDayNumber(data.collectionStart);
    return failures([
      [
        'OC3',
        rowsWhere(table(data, 'OC3')!, (r) => {
          const dob = date(r.DOB);
          return r.ACCOM === 'T' && dob !== null && start - toDayNumber(dob) < 18 * 365.2425;
        }),
      ],
    ]);
  },
});
