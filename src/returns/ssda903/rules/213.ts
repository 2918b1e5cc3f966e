import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const NO_PROVIDER = ['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'];

/** Placements T0 to T4 and Z11 to Z14 must have no PLACE_PROVIDER. */
export const rule213 = defineRule({
  code: '213',
  message: 'Placement provider information not required.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => NO_PROVIDER.includes(r.PLACE ?? '') && filled(r.PLACE_PROVIDER),
        ),
      ],
    ]);
  },
});
