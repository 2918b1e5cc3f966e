import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { cell, filled } from './helpers-a.ts';

/** When SUBSTANCE_MISUSE is blank or 0, INTERVENTION_RECEIVED and INTERVENTION_OFFERED must both be blank. */
export const rule193 = defineRule({
  code: '193',
  message:
    'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(
          table(data, 'OC2')!,
          (r) =>
            ['', '0'].includes(cell(r, 'SUBSTANCE_MISUSE')) &&
            (filled(r.INTERVENTION_RECEIVED) || filled(r.INTERVENTION_OFFERED)),
        ),
      ],
    ]);
  },
});
