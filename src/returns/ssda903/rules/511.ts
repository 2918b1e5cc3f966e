import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Two adopters (NB_ADOPTR 2) must not have a single-adopter sex code (M1 or F1). */
export const rule511 = defineRule({
  code: '511',
  message:
    'If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.',
  type: 'error',
  tables: ['AD1'],
  validate(data) {
    return failures([
      [
        'AD1',
        rowsWhere(
          table(data, 'AD1')!,
          (r) => r.NB_ADOPTR === '2' && ['M1', 'F1'].includes(r.SEX_ADOPTR ?? ''),
        ),
      ],
    ]);
  },
});
