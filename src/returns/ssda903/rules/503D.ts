import { defineRule, failures } from '../rule.ts';
import { differsFromLastYear } from './helpers-b.ts';

/**
 * The child's first episode this year must have the same placement type (PLACE) as last year's latest
 * episode when that one was still open (no DEC). As the reference validator's 2025/26 tests, a move from
 * the withdrawn Z1 to one of Z11-Z14 is accepted.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule503D = defineRule({
  code: '503D',
  message: 'The placement type in the first episode does not match open episode at end of last year',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    const zChange = (current: string, previous: string) =>
      previous === 'Z1' && ['Z11', 'Z12', 'Z13', 'Z14'].includes(current);
    const episodes = data.tables.Episodes!;
    return failures([
      ['Episodes', differsFromLastYear(data, 'PLACE', zChange).filter((i) => episodes[i]!.CHILD !== '')],
    ]);
  },
});
