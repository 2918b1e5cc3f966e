import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/**
 * UPN, when given, must be a letter other than I, O or S followed by 12 digits or 11 digits and a letter,
 * or one of UN1 to UN5. As in the reference validator the check letter is not verified.
 */
export const rule168 = defineRule({
  code: '168',
  message:
    'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    return failures([
      ['Header', rowsWhere(table(data, 'Header')!, (r) => filled(r.UPN) && !UPN.test(r.UPN!))],
    ]);
  },
});
