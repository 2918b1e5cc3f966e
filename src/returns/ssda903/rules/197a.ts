import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/** SDQ_REASON must be blank when SDQ_SCORE is given. */
export const rule197a = defineRule({
  code: '197a',
  message:
    'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      ['OC2', rowsWhere(table(data, 'OC2')!, (r) => filled(r.SDQ_SCORE) && filled(r.SDQ_REASON))],
    ]);
  },
});
