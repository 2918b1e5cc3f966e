import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

/** An AD1 row with any adoption item fails when the child has an OC3 row with any care leaver item. */
export const rule134 = defineRule({
  code: '134',
  message: 'Data on adoption should not be entered for the OC3 cohort.',
  type: 'error',
  tables: ['OC3', 'AD1'],
  validate(data) {
    const leavers = new Set(
      table(data, 'OC3')!
        .filter((r) => OC3_ITEMS.some((c) => filled(r[c])))
        .map((r) => r.CHILD ?? ''),
    );
    return failures([
      [
        'AD1',
        rowsWhere(
          table(data, 'AD1')!,
          (r) => leavers.has(r.CHILD ?? '') && AD1_ITEMS.some((c) => filled(r[c])),
        ),
      ],
    ]);
  },
});
