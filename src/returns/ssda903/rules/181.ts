import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { cell, filled } from './helpers-a.ts';

const ITEMS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

/** Each OC2 yes/no item, when given, must be 0 or 1. */
export const rule181 = defineRule({
  code: '181',
  message:
    'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) =>
          ITEMS.some((c) => filled(r[c]) && !['0', '1'].includes(cell(r, c))),
        ),
      ],
    ]);
  },
});
