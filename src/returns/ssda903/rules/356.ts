import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode's DEC must not be before its DECOM. */
export const rule356 = defineRule({
  code: '356',
  message: 'The date the episode ceased is before the date the same episode started.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const start = date(r.DECOM);
          const end = date(r.DEC);
          return start !== null && end !== null && end < start;
        }),
      ],
    ]);
  },
});
