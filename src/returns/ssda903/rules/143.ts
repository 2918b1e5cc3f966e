import { codeListRule } from './helpers-a.ts';

/** RNE, when given, must be S, P, L, T, U or B. */
export const rule143 = codeListRule({
  code: '143',
  message: 'The reason for new episode code is not a valid code.',
  table: 'Episodes',
  column: 'RNE',
  codes: ['S', 'P', 'L', 'T', 'U', 'B'],
  blankFails: false,
});
