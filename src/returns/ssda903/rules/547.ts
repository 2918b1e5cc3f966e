import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const HEALTH = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

/** A child with health promotion information (HEALTH_CHECK 1) must have IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE completed. */
export const rule547 = defineRule({
  code: '547',
  message:
    'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      ['OC2', rowsWhere(table(data, 'OC2')!, (r) => r.HEALTH_CHECK === '1' && HEALTH.some((f) => !r[f]))],
    ]);
  },
});
