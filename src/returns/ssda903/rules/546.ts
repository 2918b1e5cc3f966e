import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday, continuouslyLookedAfter } from './helpers-b.ts';

/** A child 5 or over at the collection end who was continuously looked after must not have HEALTH_CHECK. */
export const rule546 = defineRule({
  code: '546',
  message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
  type: 'error',
  tables: ['Episodes', 'OC2'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const b5 = birthday(r.DOB, 5);
          return !!b5 && data.collectionEnd >= b5 && cla.has(r.CHILD ?? '') && !!r.HEALTH_CHECK;
        }),
      ],
    ]);
  },
});
