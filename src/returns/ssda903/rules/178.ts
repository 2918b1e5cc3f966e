import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const PROVIDERS = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'];
const NO_PROVIDER = ['T0', 'T1', 'T2', 'T3', 'Z11', 'Z12', 'Z13', 'Z14'];

/**
 * PLACE_PROVIDER, when given, must be PR0 to PR5 and must not be given for placements T0 to T3 or Z11 to
 * Z14 (the reference validator's 2025/26 list, which leaves T4 to rule 213).
 */
export const rule178 = defineRule({
  code: '178',
  message: 'Placement provider code is not a valid code.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) =>
            filled(r.PLACE_PROVIDER) &&
            (!PROVIDERS.includes(r.PLACE_PROVIDER!) || NO_PROVIDER.includes(r.PLACE ?? '')),
        ),
      ],
    ]);
  },
});
