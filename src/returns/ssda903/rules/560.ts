import { byChild, defineRule, failures, table } from '../rule.ts';
import { blank, filled, same } from './helpers-c.ts';

/**
 * When last year's return had a decision to place for adoption (DATE_PLACED) that had not ceased
 * (DATE_PLACED_CEASED blank), this year's DATE_PLACED for the child must be the same (compared as written).
 */
export const rule560 = defineRule({
  code: '560',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.',
  type: 'error',
  tables: ['PlacedAdoption', 'PlacedAdoption_last'],
  validate(data) {
    const last = byChild(table(data, 'PlacedAdoption_last')!);
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((r, i) => {
      const open = (last.get(r.CHILD ?? '') ?? []).filter(
        (p) => filled(p.row.DATE_PLACED) && blank(p.row.DATE_PLACED_CEASED),
      );
      if (open.some((p) => !same(r.DATE_PLACED, p.row.DATE_PLACED))) failed.push(i);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
