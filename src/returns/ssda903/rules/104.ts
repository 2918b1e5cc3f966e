import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/** UASC DUC, when given, must be a DD/MM/YYYY date on or after the collection start. */
export const rule104 = defineRule({
  code: '104',
  message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
  type: 'error',
  tables: ['UASC'],
  validate(data) {
    return failures([
      [
        'UASC',
        rowsWhere(table(data, 'UASC')!, (r) => {
          if (!filled(r.DUC)) return false;
          const duc = date(r.DUC);
          return duc === null || duc < data.collectionStart;
        }),
      ],
    ]);
  },
});
