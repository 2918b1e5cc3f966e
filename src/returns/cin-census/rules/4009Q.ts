import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/** A CIN plan should not end after the child's date of death (plan and child both flagged). */
export const rule4009Q = defineCinRule({
  code: '4009Q',
  message: 'CIN Plan cannot end after the child’s Date of Death',
  type: 'query',
  tables: ['CINplanDates', 'ChildIdentifiers'],
  validate(data) {
    return joinFailures(data, 'CINplanDates', 'ChildIdentifiers', ['LAchildID'], (plan, child) => {
      const end = dateOf(plan, 'CINPlanEndDate');
      const death = dateOf(child, 'PersonDeathDate');
      return end !== null && death !== null && end > death;
    });
  },
});
