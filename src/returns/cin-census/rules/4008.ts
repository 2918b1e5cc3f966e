import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/** A CIN plan cannot start after the child's date of death (plan and child both flagged). */
export const rule4008 = defineCinRule({
  code: '4008',
  message: 'CIN Plan shown as starting after the child’s Date of Death.',
  type: 'error',
  tables: ['CINplanDates', 'ChildIdentifiers'],
  validate(data) {
    return joinFailures(data, 'CINplanDates', 'ChildIdentifiers', ['LAchildID'], (plan, child) => {
      const start = dateOf(plan, 'CINPlanStartDate');
      const death = dateOf(child, 'PersonDeathDate');
      return start !== null && death !== null && start > death;
    });
  },
});
