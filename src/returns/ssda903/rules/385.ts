import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode's DEC must not be after the collection end. */
export const rule385 = defineRule({
  code: '385',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const d = date(r.DEC);
          return d !== null && d > data.collectionEnd;
        }),
      ],
    ]);
  },
});
