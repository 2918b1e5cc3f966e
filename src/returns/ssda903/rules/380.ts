import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];

/** A temporary placement (T0-T4) episode must start with a change of placement only (RNE P or B). */
export const rule380 = defineRule({
  code: '380',
  message: 'A period of care cannot start with a temporary placement.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => TEMPORARY.includes(r.PLACE ?? '') && !['P', 'B'].includes(r.RNE ?? ''),
        ),
      ],
    ]);
  },
});
