import { defineRule, failures } from '../rule.ts';
import { differsFromLastYear } from './helpers-b.ts';
import { withDerivedCells } from './helpers-ref.ts';

/**
 * A child's first episode this year must have the PL_LA (derived from PL_POST) of last year's latest
 * episode when that one was still open at the end of last year.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule503H = defineRule({
  code: '503H',
  message: 'The placement LA in first episode does not match open episode at end of last year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  reference: ['postcodes'],
  validate(data) {
    const episodes = data.tables.Episodes!;
    return failures([
      [
        'Episodes',
        differsFromLastYear(withDerivedCells(data), 'PL_LA').filter((i) => episodes[i]!.CHILD !== ''),
      ],
    ]);
  },
});
