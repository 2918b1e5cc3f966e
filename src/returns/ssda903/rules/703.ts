import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A DoLO must not start after the collection year ends (31 March itself passes). */
export const rule703 = defineRule({
  code: '703',
  message: 'The date that the DoLO started is after the end of the collection year.',
  type: 'error',
  tables: ['DoLo'],
  validate(data) {
    return failures([
      [
        'DoLo',
        rowsWhere(table(data, 'DoLo')!, (r) => {
          const start = date(r.DOLO_START);
          return start !== null && start > data.collectionEnd;
        }),
      ],
    ]);
  },
});
