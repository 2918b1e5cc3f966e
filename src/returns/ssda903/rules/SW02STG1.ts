import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** SW_ID must start with SW or XX and be at least 4 characters long; a blank SW_ID fails. */
export const ruleSW02STG1 = defineRule({
  code: 'SW02STG1',
  message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([
      [
        'SWEpisodes',
        rowsWhere(rows, (r) => {
          const id = r.SW_ID ?? '';
          return !['SW', 'XX'].includes(id.slice(0, 2)) || id.length < 4;
        }),
      ],
    ]);
  },
});
