import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

/**
 * A care leaver with no episodes this year (in Header and in OC3 with IN_TOUCH, ACTIV or ACCOM completed,
 * but not in Episodes) should not have MOTHER completed.
 */
export const rule628 = defineRule({
  code: '628',
  message:
    'Motherhood details are not required for care leavers who have not been looked after during the year.',
  type: 'error',
  tables: ['Episodes', 'Header', 'OC3'],
  validate(data) {
    const inCare = new Set(table(data, 'Episodes')!.map((e) => e.CHILD ?? ''));
    const leavers = new Set(
      table(data, 'OC3')!
        .filter((o) => filled(o.IN_TOUCH) || filled(o.ACTIV) || filled(o.ACCOM))
        .map((o) => o.CHILD ?? ''),
    );
    const rows = table(data, 'Header')!;
    return failures([
      [
        'Header',
        rowsWhere(rows, (h) => !inCare.has(h.CHILD ?? '') && leavers.has(h.CHILD ?? '') && filled(h.MOTHER)),
      ],
    ]);
  },
});
