import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/**
 * An AD1 row with any adoption field completed needs the child to have been adopted in the year: an episode
 * with REC E11 or E12 and DEC within the collection year.
 */
export const rule602 = defineRule({
  code: '602',
  message: 'The episode data submitted for this child does not show that he/she was adopted during the year.',
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const adopted = new Set(
      table(data, 'Episodes')!
        .filter((e) => {
          const dec = date(e.DEC);
          return (
            dec !== null &&
            dec >= data.collectionStart &&
            dec <= data.collectionEnd &&
            ['E11', 'E12'].includes(e.REC ?? '')
          );
        })
        .map((e) => e.CHILD ?? ''),
    );
    const rows = table(data, 'AD1')!;
    return failures([
      ['AD1', rowsWhere(rows, (a) => !adopted.has(a.CHILD ?? '') && AD1_FIELDS.some((f) => filled(a[f])))],
    ]);
  },
});
