import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import type { TableName } from '../spec.ts';
import { childSet } from './helpers-a.ts';

const OTHER: readonly TableName[] = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'];

/**
 * Every row of PlacedAdoption, Missing, Reviews, AD1, PrevPerm and OC2 (whichever are loaded) must be for a
 * child with an episode this year.
 */
export const rule1012 = defineRule({
  code: '1012',
  message: 'No other data should be returned for OC3 children who had no episodes in the current year',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const children = childSet(table(data, 'Episodes'));
    return failures(
      OTHER.filter((name) => table(data, name) !== undefined).map((name) => [
        name,
        rowsWhere(table(data, name)!, (r) => !children.has(r.CHILD ?? '')),
      ]),
    );
  },
});
