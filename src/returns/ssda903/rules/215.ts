import { byChild, defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const OC2_ITEMS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

/** A child with care leaver items in OC3 must have no OC2 12-month items; both rows fail. */
export const rule215 = defineRule({
  code: '215',
  message:
    'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
  type: 'error',
  tables: ['OC2', 'OC3'],
  validate(data) {
    const oc2 = table(data, 'OC2')!;
    const oc3Rows: number[] = [];
    const oc2Rows: number[] = [];
    table(data, 'OC3')!.forEach((r3, i3) => {
      if (!OC3_ITEMS.some((c) => filled(r3[c]))) return;
      for (const { row: r2, index: i2 } of byChild(oc2).get(r3.CHILD ?? '') ?? []) {
        if (OC2_ITEMS.some((c) => filled(r2[c]))) {
          oc3Rows.push(i3);
          oc2Rows.push(i2);
        }
      }
    });
    return failures([
      ['OC3', oc3Rows],
      ['OC2', oc2Rows],
    ]);
  },
});
