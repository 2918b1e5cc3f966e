import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A care leaver the LA is in touch with (IN_TOUCH YES) must not have ACTIV or ACCOM 0. */
export const rule345 = defineRule({
  code: '345',
  message:
    'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
  type: 'error',
  tables: ['OC3'],
  validate(data) {
    return failures([
      [
        'OC3',
        rowsWhere(table(data, 'OC3')!, (r) => r.IN_TOUCH === 'YES' && (r.ACTIV === '0' || r.ACCOM === '0')),
      ],
    ]);
  },
});
