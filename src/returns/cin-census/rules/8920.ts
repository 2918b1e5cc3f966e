import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/** A child protection plan cannot end after the child's date of death (plan and child both flagged). */
export const rule8920 = defineCinRule({
  code: '8920',
  message: 'Child Protection Plan cannot end after the child’s Date of Death',
  type: 'error',
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  validate(data) {
    return joinFailures(data, 'ChildProtectionPlans', 'ChildIdentifiers', ['LAchildID'], (plan, child) => {
      const end = dateOf(plan, 'CPPendDate');
      const death = dateOf(child, 'PersonDeathDate');
      return end !== null && death !== null && end > death;
    });
  },
});
