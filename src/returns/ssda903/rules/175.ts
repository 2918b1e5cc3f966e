import { codeListRule } from './helpers-a.ts';

/** NB_ADOPTR, when given, must be 1 or 2. */
export const rule175 = codeListRule({
  code: '175',
  message: 'The number of adopter(s) code is not a valid code.',
  table: 'AD1',
  column: 'NB_ADOPTR',
  codes: ['1', '2'],
  blankFails: false,
});
