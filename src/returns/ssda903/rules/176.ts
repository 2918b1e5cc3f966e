import { codeListRule } from './helpers-a.ts';

/** SEX_ADOPTR, when given, must be M1, F1, MM, FF or MF. */
export const rule176 = codeListRule({
  code: '176',
  message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
  table: 'AD1',
  column: 'SEX_ADOPTR',
  codes: ['M1', 'F1', 'MM', 'FF', 'MF'],
  blankFails: false,
});
