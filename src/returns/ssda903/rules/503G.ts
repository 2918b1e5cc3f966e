import { placements } from '../reference.ts';
import { date, defineRule, failures } from '../rule.ts';
import { firstAndLastYear } from './helpers-ref.ts';

/**
 * A child's first episode this year (earliest DECOM) must have the PL_DISTANCE of last year's latest
 * episode when that one was still open (DEC blank or not a date): they differ when both are given and
 * 0.2 miles or more apart, or when only this year's is given.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule503G = defineRule({
  code: '503G',
  message: 'The distance in first episode does not match open episode at end of last year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  reference: ['postcodes'],
  validate(data) {
    const lastRows = data.last!.Episodes!;
    const now = placements(data, 'Episodes');
    const before = placements(data, 'Episodes_last');
    return failures([
      [
        'Episodes',
        firstAndLastYear(data)
          .filter(({ child }) => child !== '')
          .filter(({ first, previous }) => {
            if (date(lastRows[previous]!.DEC)) return false;
            const a = now[first]!.distance;
            const b = before[previous]!.distance;
            return a !== null && (b === null || Math.abs(a - b) >= 0.2);
          })
          .map((p) => p.first),
      ],
    ]);
  },
});
