import { placements } from '../reference.ts';
import { defineRule, failures } from '../rule.ts';
import { pdEq } from './helpers-b.ts';
import { firstAndLastYear } from './helpers-ref.ts';

/**
 * A child's first episode this year (earliest DECOM) continuing last year's latest episode (same RNE, that
 * one's DEC blank) must have the same PL_LA (derived from PL_POST; two blanks are the same, as the DfE
 * validator compares them as text).
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule452 = defineRule({
  code: '452',
  message:
    'Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.',
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
          .filter(
            ({ first, previous }) =>
              pdEq(rows[first]!.RNE, lastRows[previous]!.RNE) &&
              !lastRows[previous]!.DEC &&
              now[first]!.la !== before[previous]!.la,
          )
          .map((p) => p.first),
      ],
    ]);
  },
});
