import { addDays } from '../../../domain/dates.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A V3 short-break episode must not end more than 17 days after it starts (an open one ends at the collection end). */
export const rule365 = defineRule({
  code: '365',
  message: 'Any individual short- term respite placement must not exceed 17 days.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const decom = date(r.DECOM);
          const dec = r.DEC ? date(r.DEC) : data.collectionEnd;
          return r.LS === 'V3' && decom !== null && dec !== null && dec > addDays(decom, 17);
        }),
      ],
    ]);
  },
});
