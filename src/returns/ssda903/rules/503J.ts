import { defineRule, failures } from '../rule.ts';
import { differsFromLastYear } from './helpers-b.ts';
import { withDerivedCells } from './helpers-ref.ts';

/**
 * A child's first episode this year must have the PL_LOCATION (IN or OUT, derived from PL_POST) of last
 * year's latest episode when that one was still open at the end of last year.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule503J = defineRule({
  code: '503J',
  message: 'The placement location in first episode does not match open episode at end of last year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  reference: ['postcodes', 'ownLa'],
  validate(data) {
    const episodes = data.tables.Episodes!;
    return failures([
      [
        'Episodes',
        differsFromLastYear(withDerivedCells(data), 'PL_LOCATION').filter((i) => episodes[i]!.CHILD !== ''),
      ],
    ]);
  },
});
