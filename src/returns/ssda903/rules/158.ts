import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { cell, filled } from './helpers-a.ts';

/** When INTERVENTION_RECEIVED is 1, INTERVENTION_OFFERED must be blank. */
export const rule158 = defineRule({
  code: '158',
  message:
    'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(
          table(data, 'OC2')!,
          (r) => cell(r, 'INTERVENTION_RECEIVED') === '1' && filled(r.INTERVENTION_OFFERED),
        ),
      ],
    ]);
  },
});
