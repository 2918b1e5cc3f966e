import { addCalendarMonths, addDays } from '../../../domain/dates.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { addYears, dateOf, isFalse, present } from './helpers-d.ts';

const UPN_UNKNOWN_OF_SCHOOL_AGE = new Set(['UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7']);

/**
 * A child of school age with a referral that is not NFA should have a UPN or a reason other than UN1 for not
 * having one. School age as the reference validator's newest 2024/25 rule (used for 2025/26) counts it: born on
 * or before 31 August six years before the 31 August after the reference date, so 31 August 2020 for the 2025/26
 * census (a child in Year 1 or above). Its earlier version took four years (31 August 2022), which queried
 * children not yet in reception.
 */
export const rule8770Q = defineCinRule({
  code: '8770Q',
  message:
    'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
  type: 'query',
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    // As the reference: reference date + 4 months + 31 days (31 August), less 6 years.
    const cutoff = addYears(addDays(addCalendarMonths(data.referenceDate, 4), 31), -6);
    const notNfa = new Set(
      cinTable(data, 'CINdetails')
        .filter((r) => isFalse(r.ReferralNFA))
        .map((r) => r.LAchildID),
    );
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(children, (r) => {
          const dob = dateOf(r, 'PersonBirthDate');
          if (dob === null || dob > cutoff || !notNfa.has(r.LAchildID)) return false;
          return !present(r.UPN) && !UPN_UNKNOWN_OF_SCHOOL_AGE.has((r.UPNunknown ?? '').trim().toUpperCase());
        }),
      ],
    ]);
  },
});
