import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Adopters with legal status L4 must have SEX_ADOPTR MM or FF (blank fails). */
export const rule518 = defineRule({
  code: '518',
  message:
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    const allowed = ['MM', 'FF'];
    return failures([
      [
        'AD1',
        rowsWhere(table(data, 'AD1')!, (r) => r.LS_ADOPTR === 'L4' && !allowed.includes(r.SEX_ADOPTR ?? '')),
      ],
    ]);
  },
});
