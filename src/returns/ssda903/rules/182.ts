import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-a.ts';

const REQUIRED = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];
const OTHERS = ['CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'];

/**
 * When any of CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED or INTERVENTION_OFFERED is given, all of
 * IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE must be given.
 */
export const rule182 = defineRule({
  code: '182',
  message:
    'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(
          table(data, 'OC2')!,
          (r) => REQUIRED.some((c) => blank(r[c])) && !OTHERS.every((c) => blank(r[c])),
        ),
      ],
    ]);
  },
});
