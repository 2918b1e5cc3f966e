import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday } from './helpers-b.ts';

/** A young person not yet 17 at the collection end must not have IN_TOUCH, ACTIV or ACCOM completed. */
export const rule391 = defineRule({
  code: '391',
  message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year. ',
  type: 'error',
  tables: ['OC3'],
  validate(data) {
    return failures([
      [
        'OC3',
        rowsWhere(table(data, 'OC3')!, (r) => {
          const b17 = birthday(r.DOB, 17);
          return b17 !== null && b17 > data.collectionEnd && !!(r.IN_TOUCH || r.ACTIV || r.ACCOM);
        }),
      ],
    ]);
  },
});
