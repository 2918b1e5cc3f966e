import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/**
 * An episode closed RC2 (died) should have a date of death for the child (episode and child flagged); a date
 * of death that is not a date is none, as the reference reads the column as dates.
 */
export const rule8585Q = defineCinRule({
  code: '8585Q',
  message:
    'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
  type: 'query',
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    return joinFailures(
      data,
      'CINdetails',
      'ChildIdentifiers',
      ['LAchildID'],
      (cin, child) =>
        (cin.ReasonForClosure ?? '').trim() === 'RC2' && dateOf(child, 'PersonDeathDate') === null,
    );
  },
});
