import { byChild, defineRule, failures, table } from '../rule.ts';
import { filled, same } from './helpers-c.ts';

/**
 * When this year's decision to place for adoption (DATE_PLACED, as written) is the same as last year's, last
 * year's row must not show the decision as ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED completed).
 */
export const rule561 = defineRule({
  code: '561',
  message:
    'Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.',
  type: 'error',
  tables: ['PlacedAdoption', 'PlacedAdoption_last'],
  validate(data) {
    const last = byChild(table(data, 'PlacedAdoption_last')!);
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((r, i) => {
      const ceased = (last.get(r.CHILD ?? '') ?? []).some(
        (p) =>
          same(r.DATE_PLACED, p.row.DATE_PLACED) &&
          (filled(p.row.DATE_PLACED_CEASED) || filled(p.row.REASON_PLACED_CEASED)),
      );
      if (ceased) failed.push(i);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
