import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Adopters with legal status L2 must have SEX_ADOPTR MM or FF or MF (blank fails). */
export const rule519 = defineRule({
  code: '519',
  message:
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    const allowed = ['MM', 'FF', 'MF'];
    return failures([
      [
        'AD1',
        rowsWhere(table(data, 'AD1')!, (r) => r.LS_ADOPTR === 'L2' && !allowed.includes(r.SEX_ADOPTR ?? '')),
      ],
    ]);
  },
});
