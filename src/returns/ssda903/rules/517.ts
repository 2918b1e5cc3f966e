import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Adopters with legal status L3 must have SEX_ADOPTR MF (blank fails). */
export const rule517 = defineRule({
  code: '517',
  message:
    'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    const allowed = ['MF'];
    return failures([
      [
        'AD1',
        rowsWhere(table(data, 'AD1')!, (r) => r.LS_ADOPTR === 'L3' && !allowed.includes(r.SEX_ADOPTR ?? '')),
      ],
    ]);
  },
});
