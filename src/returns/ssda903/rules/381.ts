import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];

/** A temporary placement (T0-T4) episode may only end with REC X1 (or remain open). */
export const rule381 = defineRule({
  code: '381',
  message: 'A period of care cannot end with a temporary placement.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => TEMPORARY.includes(r.PLACE ?? '') && !!r.REC && r.REC !== 'X1',
        ),
      ],
    ]);
  },
});
