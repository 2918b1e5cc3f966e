import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** SW_DECOM, when a date, must not be after the end of the collection year. */
export const ruleSW06STG2 = defineRule({
  code: 'SW06STG2',
  message: 'Social worker episode data should be within the social worker data reporting year.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([
      [
        'SWEpisodes',
        rowsWhere(rows, (r) => {
          const start = date(r.SW_DECOM);
          return start !== null && start > data.collectionEnd;
        }),
      ],
    ]);
  },
});
