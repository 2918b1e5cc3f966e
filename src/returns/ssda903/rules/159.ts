import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, cell } from './helpers-a.ts';

/** When SUBSTANCE_MISUSE is 1 and INTERVENTION_RECEIVED is 0, INTERVENTION_OFFERED must be given. */
export const rule159 = defineRule({
  code: '159',
  message:
    'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(
          table(data, 'OC2')!,
          (r) =>
            cell(r, 'SUBSTANCE_MISUSE') === '1' &&
            cell(r, 'INTERVENTION_RECEIVED') === '0' &&
            blank(r.INTERVENTION_OFFERED),
        ),
      ],
    ]);
  },
});
