import { codeListRule } from './helpers-a.ts';

/** LS, when given, must be one of the 13 legal status codes. */
export const rule144 = codeListRule({
  code: '144',
  message: 'The legal status code is not a valid code.',
  table: 'Episodes',
  column: 'LS',
  codes: ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'],
  blankFails: false,
});
