import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A DoLO's end date, when given, must be within the collection year (1 April and 31 March included): a
 * DoLO that ended before the year should not be in the return.
 */
export const rule704 = defineRule({
  code: '704',
  message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
  type: 'error',
  tables: ['DoLo'],
  validate(data) {
    return failures([
      [
        'DoLo',
        rowsWhere(table(data, 'DoLo')!, (r) => {
          const end = date(r.DOLO_END);
          return end !== null && (end < data.collectionStart || end > data.collectionEnd);
        }),
      ],
    ]);
  },
});
