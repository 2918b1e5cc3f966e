import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** SDQ_SCORE, when given, must be a whole number from 0 to 40 ('20.0' counts as 20, as pandas reads it). */
export const rule180 = defineRule({
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  type: 'error',
  tables: ['OC2'],
  validate(data) {
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          if (!filled(r.SDQ_SCORE)) return false;
          const n = NUMBER.test(r.SDQ_SCORE!) ? Number(r.SDQ_SCORE) : NaN;
          return !(Number.isInteger(n) && n >= 0 && n <= 40);
        }),
      ],
    ]);
  },
});
