import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const HEALTH = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

/** A child with conviction information (CONVICTED 1) must have IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE completed. */
export const rule544 = defineRule({
  code: '544',
  message:
    'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      ['OC2', rowsWhere(table(data, 'OC2')!, (r) => r.CONVICTED === '1' && HEALTH.some((f) => !r[f]))],
    ]);
  },
});
