import { defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { cell } from './helpers-a.ts';

const UN2_TO_5 = ['UN2', 'UN3', 'UN4', 'UN5'];
const UN = ['UN1', ...UN2_TO_5];

/**
 * A child in last year's Header must keep the same UPN (ignoring case), except for a change from UN1 or
 * blank to UN2-UN5, or from an unknown code or blank to a real UPN. Blank in both years passes (left to
 * other rules), and so does a blank against the text 'NAN', which the reference validator's astype(str)
 * makes equal.
 */
export const rule208 = defineRule({
  code: '208',
  message:
    'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = table(data, 'Header_last')!;
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) =>
          ofChild(last, r.CHILD).some(({ row: l }) => {
            const now = cell(r, 'UPN').toUpperCase();
            const before = cell(l, 'UPN').toUpperCase();
            // Compared as the reference validator's astype(str) has them: a blank is the text 'NAN'.
            if ((now || 'NAN') === (before || 'NAN')) return false;
            const allowedUnknown = (before === 'UN1' || before === '') && UN2_TO_5.includes(now);
            const becameKnown = (UN.includes(before) || before === '') && !(UN.includes(now) || now === '');
            return !allowedUnknown && !becameKnown;
          }),
        ),
      ],
    ]);
  },
});
