import { codeListRule } from './helpers-a.ts';

/** CIN, when given, must be N1 to N8. */
export const rule145 = codeListRule({
  code: '145',
  message: 'Category of need code is not a valid code.',
  table: 'Episodes',
  column: 'CIN',
  codes: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'],
  blankFails: false,
});
