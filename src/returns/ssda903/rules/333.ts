import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** When a date of matching is given, the date should be placed (DATE_INT) must be given and not after it. */
export const rule333 = defineRule({
  code: '333',
  message:
    'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    return failures([
      [
        'AD1',
        rowsWhere(table(data, 'AD1')!, (r) => {
          const match = date(r.DATE_MATCH);
          const int = date(r.DATE_INT);
          return match !== null && (int === null || int > match);
        }),
      ],
    ]);
  },
});
