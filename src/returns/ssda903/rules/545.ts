import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday, continuouslyLookedAfter } from './helpers-b.ts';

/** A child under 5 at the collection end who was continuously looked after must have HEALTH_CHECK completed. */
export const rule545 = defineRule({
  code: '545',
  message:
    'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.',
  type: 'error',
  tables: ['OC2', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const b5 = birthday(r.DOB, 5);
          return !!b5 && data.collectionEnd < b5 && cla.has(r.CHILD ?? '') && !r.HEALTH_CHECK;
        }),
      ],
    ]);
  },
});
