import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { continuouslyLookedAfter, filled } from './helpers-a.ts';

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

/** A child not looked after continuously through the year must have none of the OC2 12-month items. */
export const rule190 = defineRule({
  code: '190',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
  type: 'error',
  tables: ['OC2', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => !cla.has(r.CHILD ?? '') && ITEMS.some((c) => filled(r[c]))),
      ],
    ]);
  },
});
