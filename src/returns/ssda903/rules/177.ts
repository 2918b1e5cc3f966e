import { codeListRule } from './helpers-a.ts';

/** LS_ADOPTR, when given, must be L0, L11, L12, L2, L3 or L4. */
export const rule177 = codeListRule({
  code: '177',
  message: 'The legal status of adopter(s) code is not a valid code.',
  table: 'AD1',
  column: 'LS_ADOPTR',
  codes: ['L0', 'L11', 'L12', 'L2', 'L3', 'L4'],
  blankFails: false,
});
