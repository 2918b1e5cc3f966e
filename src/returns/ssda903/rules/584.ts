import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * When last year's decision to place for adoption had ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED
 * completed), this year's decision (DATE_PLACED) must be later than last year's: flags this year's row when
 * it is blank, or on or before last year's DATE_PLACED. The reference validator compares the cells as written
 * and looks the failing rows up by merge position; this compares dates and flags the row itself.
 */
export const rule584 = defineRule({
  code: '584',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.',
  type: 'error',
  tables: ['PlacedAdoption', 'PlacedAdoption_last'],
  validate(data) {
    const ceasedLast = byChild(
      table(data, 'PlacedAdoption_last')!.filter(
        (r) => filled(r.DATE_PLACED_CEASED) || filled(r.REASON_PLACED_CEASED),
      ),
    );
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((r, i) => {
      const last = ceasedLast.get(r.CHILD ?? '');
      if (!last) return;
      const now = date(r.DATE_PLACED);
      if (blank(r.DATE_PLACED)) failed.push(i);
      else if (
        now !== null &&
        last.some((l) => {
          const before = date(l.row.DATE_PLACED);
          return before !== null && now <= before;
        })
      )
        failed.push(i);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
