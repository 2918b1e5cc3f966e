import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** As the reference validator: an episode's DECOM must not be after the collection end. */
export const rule354 = defineRule({
  code: '354',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const d = date(r.DECOM);
          return d !== null && d > data.collectionEnd;
        }),
      ],
    ]);
  },
});
