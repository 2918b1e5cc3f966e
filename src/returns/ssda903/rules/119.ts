import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/** DATE_PLACED_CEASED and REASON_PLACED_CEASED must both be given or both blank. */
export const rule119 = defineRule({
  code: '119',
  message:
    'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
  type: 'error',
  tables: ['PlacedAdoption'],
  validate(data) {
    return failures([
      [
        'PlacedAdoption',
        rowsWhere(
          table(data, 'PlacedAdoption')!,
          (r) => filled(r.DATE_PLACED_CEASED) !== filled(r.REASON_PLACED_CEASED),
        ),
      ],
    ]);
  },
});
