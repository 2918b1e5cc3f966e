import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { continuouslyLookedAfter, filled } from './helpers-a.ts';

const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

/** A child looked after continuously through the year must have no adoption (AD1) or care leaver (OC3) items. */
export const rule187 = defineRule({
  code: '187',
  message:
    'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
  type: 'error',
  tables: ['OC3', 'AD1', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    const check = (items: string[]) => (r: Record<string, string>) =>
      cla.has(r.CHILD ?? '') && items.some((c) => filled(r[c]));
    return failures([
      ['AD1', rowsWhere(table(data, 'AD1')!, check(AD1_ITEMS))],
      ['OC3', rowsWhere(table(data, 'OC3')!, check(OC3_ITEMS))],
    ]);
  },
});
