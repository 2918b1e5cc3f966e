import { codeListRule } from './helpers-a.ts';

/** SDQ_REASON, when given, must be SDQ1 to SDQ5. */
export const rule196 = codeListRule({
  code: '196',
  message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
  table: 'OC2',
  column: 'SDQ_REASON',
  codes: ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'],
});
