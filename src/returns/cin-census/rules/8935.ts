import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE, dateE, groupE } from './helpers-e.ts';

/** A plan's key as the reference groups plans: the child and CPPID, or null when either is missing. */
const planKey = (r: Record<string, string>): string | null => {
  const child = cellE(r, 'LAchildID');
  const plan = cellE(r, 'CPPID');
  return child === '' || plan === '' ? null : `${child}\u0000${plan}`;
};

/**
 * More than one child protection plan with no end date (or one that is not a date), counted as the
 * reference counts them (rule_8935.py): by child and CPPID, and every plan of that child and CPPID is
 * flagged, ended or not. CPPID numbers the plans within an episode, so the reference finds two open plans
 * with the same number in different episodes of a child, not two open plans of one episode. The DfE's rule
 * reads "only one ChildProtectionPlans group where the CPPendDate is missing"; the reference's own test
 * counts by CPPID as its code does, so we follow the reference and say so here.
 */
export const rule8935 = defineCinRule({
  code: '8935',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const open = groupE(
      plans.filter((r) => dateE(r.CPPendDate) === null && planKey(r) !== null),
      (r) => planKey(r) ?? '',
    );
    const repeated = new Set([...open].filter(([, rows]) => rows.length > 1).map(([key]) => key));
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(plans, (r) => {
          const key = planKey(r);
          return key !== null && repeated.has(key);
        }),
      ],
    ]);
  },
});
