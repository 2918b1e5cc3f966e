import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday, continuouslyLookedAfter } from './helpers-b.ts';

/**
 * A child 10 or over at the collection end (the 10th birthday before 31 March) who was continuously looked
 * after for the year must have CONVICTED completed.
 */
export const rule543 = defineRule({
  code: '543',
  message:
    'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.',
  type: 'error',
  tables: ['Episodes', 'OC2'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const b10 = birthday(r.DOB, 10);
          return !!b10 && data.collectionEnd > b10 && cla.has(r.CHILD ?? '') && !r.CONVICTED;
        }),
      ],
    ]);
  },
});
