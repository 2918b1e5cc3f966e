import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { childSet } from './helpers-a.ts';

/**
 * Every child in Header should be in Episodes or in OC3 (a care leaver). Episodes and OC3 are read when
 * loaded and taken as empty when not.
 */
export const ruleEPI = defineRule({
  code: 'EPI',
  message:
    'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const episodes = childSet(table(data, 'Episodes'));
    const leavers = childSet(table(data, 'OC3'));
    const rows = table(data, 'Header')!;
    return failures([
      ['Header', rowsWhere(rows, (r) => !episodes.has(r.CHILD ?? '') && !leavers.has(r.CHILD ?? ''))],
    ]);
  },
});
