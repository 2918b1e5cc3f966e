import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A care leaver who died or returned home (IN_TOUCH DIED/RHOM) must have ACTIV and ACCOM both 0. */
export const rule344 = defineRule({
  code: '344',
  message:
    'The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.',
  type: 'error',
  tables: ['OC3'],
  validate(data) {
    return failures([
      [
        'OC3',
        rowsWhere(
          table(data, 'OC3')!,
          (r) => ['DIED', 'RHOM'].includes(r.IN_TOUCH ?? '') && (r.ACTIV !== '0' || r.ACCOM !== '0'),
        ),
      ],
    ]);
  },
});
