import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, cell } from './helpers-a.ts';

/** When SUBSTANCE_MISUSE is 1, INTERVENTION_RECEIVED must be given. */
export const rule192 = defineRule({
  code: '192',
  message:
    'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(
          table(data, 'OC2')!,
          (r) => cell(r, 'SUBSTANCE_MISUSE') === '1' && blank(r.INTERVENTION_RECEIVED),
        ),
      ],
    ]);
  },
});
