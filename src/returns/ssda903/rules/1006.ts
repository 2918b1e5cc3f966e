import { codeListRule } from './helpers-a.ts';

/** MISSING, when given, must be M or A (case matters; blank is left to other rules). */
export const rule1006 = codeListRule({
  code: '1006',
  message: 'Missing type invalid.',
  table: 'Missing',
  column: 'MISSING',
  codes: ['M', 'A'],
});
