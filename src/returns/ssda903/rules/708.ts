import { date } from '../rule.ts';
import { doloRule } from './helpers-dolo.ts';

/**
 * A DoLO must start after the child's date of birth (the DoLo row's own DOB): as in the reference
 * validator, a start on the day of birth fails too, and rows without both valid dates are not compared.
 */
export const rule708 = doloRule(
  '708',
  'Dates of DoLOs are before child’s date of birth.',
  ({ start, row }) => {
    const dob = date(row.DOB);
    return start !== null && dob !== null && start <= dob;
  },
);
