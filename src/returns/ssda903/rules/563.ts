import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/** A decision that has ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED completed) needs DATE_PLACED. */
export const rule563 = defineRule({
  code: '563',
  message:
    'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank',
  type: 'error',
  tables: ['PlacedAdoption'],
  validate(data) {
    const rows = table(data, 'PlacedAdoption')!;
    return failures([
      [
        'PlacedAdoption',
        rowsWhere(
          rows,
          (r) => filled(r.REASON_PLACED_CEASED) && filled(r.DATE_PLACED_CEASED) && blank(r.DATE_PLACED),
        ),
      ],
    ]);
  },
});
