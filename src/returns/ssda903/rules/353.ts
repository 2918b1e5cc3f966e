import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** No episode may start (DECOM) before 14 October 1991. */
export const rule353 = defineRule({
  code: '353',
  message: 'No episode submitted can start before 14 October 1991.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const d = date(r.DECOM);
          return d !== null && d < '1991-10-14';
        }),
      ],
    ]);
  },
});
