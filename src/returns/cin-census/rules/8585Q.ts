import { defineCinRule } from '../rule.ts';
import { joinFailures, present } from './helpers-d.ts';

/** An episode closed RC2 (died) should have a date of death for the child (episode and child flagged). */
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
      (cin, child) => (cin.ReasonForClosure ?? '').trim() === 'RC2' && !present(child.PersonDeathDate),
    );
  },
});
