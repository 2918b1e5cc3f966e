import { URN_NOT_KNOWN } from '../../../domain/codes.ts';
import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const NO_URN = new Set(['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);

/**
 * Placements P1, P3, R1, R2, R5 and T0 to T4 must have no URN other than the placeholder XXXXXXX. This is
 * the reference validator's list for 2025/26 (it still names the retired Z1 and does not include Z11 to
 * Z14, which the DfE specification also lists).
 */
export const rule222 = defineRule({
  code: '222',
  message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => NO_URN.has(r.PLACE ?? '') && filled(r.URN) && r.URN !== URN_NOT_KNOWN,
        ),
      ],
    ]);
  },
});
