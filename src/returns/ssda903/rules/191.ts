import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, childSet, continuouslyLookedAfter } from './helpers-a.ts';

const ITEMS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

/**
 * A child looked after continuously through the year must have an OC2 row with IMMUNISATIONS, TEETH_CHECK,
 * HEALTH_ASSESSMENT and SUBSTANCE_MISUSE given. An OC2 row with any blank fails; a child with no OC2 row
 * fails on their earliest episode (by DECOM).
 */
export const rule191 = defineRule({
  code: '191',
  message:
    'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
  type: 'error',
  tables: ['OC2', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    const oc2 = table(data, 'OC2')!;
    const inOc2 = childSet(oc2);
    const earliest = new Map<string, { index: number; start: string }>();
    table(data, 'Episodes')!.forEach((e, index) => {
      const start = date(e.DECOM);
      if (!start) return;
      const seen = earliest.get(e.CHILD ?? '');
      if (!seen || start < seen.start) earliest.set(e.CHILD ?? '', { index, start });
    });
    const eps = [...earliest.entries()]
      .filter(([child]) => cla.has(child) && !inOc2.has(child))
      .map(([, e]) => e.index);
    return failures([
      ['OC2', rowsWhere(oc2, (r) => cla.has(r.CHILD ?? '') && ITEMS.some((c) => blank(r[c])))],
      ['Episodes', eps],
    ]);
  },
});
