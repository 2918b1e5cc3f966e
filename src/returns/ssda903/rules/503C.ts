import { defineRule, failures } from '../rule.ts';
import { differsFromLastYear } from './helpers-b.ts';

/**
 * The child's first episode this year must have the same category of need (CIN) as last year's latest episode when
 * that one was still open (no DEC) at the end of last year.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule503C = defineRule({
  code: '503C',
  message: 'The category of need in the first episode does not match open episode at end of last year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    const episodes = data.tables.Episodes!;
    return failures([
      ['Episodes', differsFromLastYear(data, 'CIN').filter((i) => episodes[i]!.CHILD !== '')],
    ]);
  },
});
