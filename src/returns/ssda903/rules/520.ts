import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Adopters with legal status L11 must have SEX_ADOPTR MF (blank fails). */
export const rule520 = defineRule({
  code: '520',
  message:
    'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    const allowed = ['MF'];
    return failures([
      [
        'AD1',
        rowsWhere(table(data, 'AD1')!, (r) => r.LS_ADOPTR === 'L11' && !allowed.includes(r.SEX_ADOPTR ?? '')),
      ],
    ]);
  },
});
