import { date, defineRule, failures, ofChild, table } from '../rule.ts';
import { addYears } from './helpers-a.ts';
import { uascStatus } from './205A.ts';

/**
 * A child UASC both last year and this year (Header flags 1) must have last year's DUC on their 18th
 * birthday (last year's UASC DOB + 18 years), and this year's DUC either within this collection year or
 * the same as last year's. The UASC row and the child's Header row fail. The flags are taken as the
 * reference validator takes them (see `uascStatus`): the rule needs both years' UASC tables, not both
 * years' Headers.
 *
 * The reference validator takes the 18th birthday from last year's UASC row at the same position in the
 * file as this year's row (an index alignment, not a match on CHILD); this implementation uses the child's
 * own row, as the rule intends.
 */
export const rule205B = defineRule({
  code: '205B',
  message:
    'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.',
  type: 'error',
  tables: ['UASC', 'UASC_last'],
  validate(data) {
    const current = uascStatus(data, false);
    const previous = uascStatus(data, true);
    const uascLast = table(data, 'UASC_last')!;
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'UASC')!.forEach((u, ui) => {
      const duc = date(u.DUC);
      for (const { flag, header: hi } of current.get(u.CHILD ?? '') ?? []) {
        if (flag !== '1') continue;
        for (const { row: l } of ofChild(uascLast, u.CHILD)) {
          const ducLast = date(l.DUC);
          const dobLast = date(l.DOB);
          const eighteenth = dobLast ? addYears(dobLast, 18) : null;
          for (const { flag: flagLast } of previous.get(u.CHILD ?? '') ?? []) {
            if (flagLast !== '1') continue;
            const currentDuc = duc !== null && duc >= data.collectionStart && duc <= data.collectionEnd;
            const prevIs18th = ducLast !== null && ducLast === eighteenth;
            const sameDuc = duc !== null && duc === ducLast;
            if ((!currentDuc && !sameDuc) || !prevIs18th) {
              uascRows.push(ui);
              if (hi !== null) headerRows.push(hi);
            }
          }
        }
      }
    });
    return failures([
      ['UASC', uascRows],
      ['Header', headerRows],
    ]);
  },
});
