import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A single adopter (LS_ADOPTR L0) must have SEX_ADOPTR M1 or F1 (blank fails). */
export const rule514 = defineRule({
  code: '514',
  message:
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    return failures([
      [
        'AD1',
        rowsWhere(
          table(data, 'AD1')!,
          (r) => r.LS_ADOPTR === 'L0' && !['M1', 'F1'].includes(r.SEX_ADOPTR ?? ''),
        ),
      ],
    ]);
  },
});
