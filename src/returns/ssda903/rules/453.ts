import { placements } from '../reference.ts';
import { defineRule, failures } from '../rule.ts';
import { pdEq } from './helpers-b.ts';
import { firstAndLastYear } from './helpers-ref.ts';

/**
 * A child's first episode this year (earliest valid DECOM) continuing last year's latest episode (same RNE,
 * that one's DEC blank) must have a PL_DISTANCE within 0.2 miles of that one's. A blank distance on either
 * side passes (the DfE validator's difference of a blank is blank, which is not 0.2 or more).
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule453 = defineRule({
  code: '453',
  message:
    'Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  reference: ['postcodes'],
  validate(data) {
    const rows = data.tables.Episodes!;
    const lastRows = data.last!.Episodes!;
    const now = placements(data, 'Episodes');
    const before = placements(data, 'Episodes_last');
    return failures([
      [
        'Episodes',
        firstAndLastYear(data)
          .filter(({ child }) => child !== '')
          .filter(({ first, previous }) => {
            const a = now[first]!.distance;
            const b = before[previous]!.distance;
            return (
              pdEq(rows[first]!.RNE, lastRows[previous]!.RNE) &&
              !lastRows[previous]!.DEC &&
              a !== null &&
              b !== null &&
              Math.abs(a - b) >= 0.2
            );
          })
          .map((p) => p.first),
      ],
    ]);
  },
});
