import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday } from './helpers-b.ts';

/** A child under 10 at the collection end (31 March) must not have CONVICTED completed. */
export const rule542 = defineRule({
  code: '542',
  message: 'A child aged under 10 at 31 March should not have conviction information completed.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const b10 = birthday(r.DOB, 10);
          return !!b10 && b10 > data.collectionEnd && !!r.CONVICTED;
        }),
      ],
    ]);
  },
});
