import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, childSet } from './helpers-a.ts';

/**
 * A child in OC3 whose latest episode last year (by DECOM, ignoring invalid DECOMs) was still open must have
 * episodes this year.
 */
export const rule1010 = defineRule({
  code: '1010',
  message:
    'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last', 'OC3'],
  validate(data) {
    const latest = new Map<string, { start: string; open: boolean }>();
    for (const r of table(data, 'Episodes_last')!) {
      const start = date(r.DECOM);
      if (!start) continue;
      const seen = latest.get(r.CHILD ?? '');
      if (!seen || start >= seen.start) latest.set(r.CHILD ?? '', { start, open: blank(r.DEC) });
    }
    const current = childSet(table(data, 'Episodes'));
    return failures([
      [
        'OC3',
        rowsWhere(
          table(data, 'OC3')!,
          (r) => !current.has(r.CHILD ?? '') && latest.get(r.CHILD ?? '')?.open === true,
        ),
      ],
    ]);
  },
});
