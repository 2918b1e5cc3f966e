import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Legal status E1 (placement order) is not valid for an episode starting before 1 December 2005. */
export const rule446 = defineRule({
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const d = date(r.DECOM);
          return r.LS === 'E1' && d !== null && d < '2005-12-01';
        }),
      ],
    ]);
  },
});
