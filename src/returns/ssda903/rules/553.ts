import { byChild, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * An episode with a placement order (LS E1) needs the child in PlacedAdoption (else the episode is flagged);
 * and while an E1 episode is open (DEC blank), the child's PlacedAdoption rows must not show the decision
 * as ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED completed; those rows are flagged).
 */
export const rule553 = defineRule({
  code: '553',
  message:
    'Placement order has been granted but there is no date of decision that the child should be placed for adoption.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const placed = byChild(table(data, 'PlacedAdoption')!);
    const eps: number[] = [];
    const pas: number[] = [];
    episodes.forEach((r, i) => {
      if (r.LS !== 'E1') return;
      const rows = placed.get(r.CHILD ?? '');
      if (!rows) {
        eps.push(i);
        return;
      }
      if (blank(r.DEC)) {
        for (const p of rows) {
          if (filled(p.row.DATE_PLACED_CEASED) || filled(p.row.REASON_PLACED_CEASED)) pas.push(p.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['PlacedAdoption', pas],
    ]);
  },
});
