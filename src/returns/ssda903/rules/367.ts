import { daysBetween } from '../../../domain/dates.ts';
import { date, defineRule, failures, table } from '../rule.ts';

/**
 * A child's V3 short breaks within the collection year (each cut to the year: DECOM from the collection
 * start, an open or later DEC to the collection end) must not total more than 75 days. Every V3 episode
 * with a positive duration of a child over the limit fails. Episodes with a blank CHILD are left out, as
 * the reference validator's groupby('CHILD') gives them no total.
 */
export const rule367 = defineRule({
  code: '367',
  message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const byChild = new Map<string, { index: number; days: number }[]>();
    table(data, 'Episodes')!.forEach((ep, index) => {
      if (ep.LS !== 'V3' || !ep.DECOM || !ep.CHILD) return;
      let decom = date(ep.DECOM);
      let dec = date(ep.DEC);
      if (!ep.DEC || (dec && dec > data.collectionEnd)) dec = data.collectionEnd;
      if (decom && decom < data.collectionStart) decom = data.collectionStart;
      if (!decom || !dec) return;
      const days = daysBetween(decom, dec);
      if (days <= 0) return;
      const list = byChild.get(ep.CHILD ?? '');
      if (list) list.push({ index, days });
      else byChild.set(ep.CHILD ?? '', [{ index, days }]);
    });
    const failed: number[] = [];
    for (const list of byChild.values()) {
      if (list.reduce((s, e) => s + e.days, 0) > 75) failed.push(...list.map((e) => e.index));
    }
    return failures([['Episodes', failed]]);
  },
});
