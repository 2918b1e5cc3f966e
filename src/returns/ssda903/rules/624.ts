import { byChild, defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

/** When last year's Header gave MC_DOB, this year's must be the same (compared as written). */
export const rule624 = defineRule({
  code: '624',
  message:
    'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = byChild(table(data, 'Header_last')!);
    const failed: number[] = [];
    table(data, 'Header')!.forEach((h, i) => {
      const before = last.get(h.CHILD ?? '') ?? [];
      if (before.some((l) => filled(l.row.MC_DOB) && (h.MC_DOB ?? '') !== l.row.MC_DOB)) failed.push(i);
    });
    return failures([['Header', failed]]);
  },
});
