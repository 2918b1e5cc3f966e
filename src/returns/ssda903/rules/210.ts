import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * A child with UPN UN4 must have no episode starting on or after 24 March of the year the collection ends
 * (24 March 2026 for 2025/26). The episode and the Header row fail.
 */
export const rule210 = defineRule({
  code: '210',
  message:
    'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const reference = `${data.collectionEnd.slice(0, 4)}-03-24`;
    const header = table(data, 'Header')!;
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Episodes')!.forEach((e, ei) => {
      const decom = date(e.DECOM);
      if (!decom || decom < reference) return;
      for (const { row: h, index: hi } of byChild(header).get(e.CHILD ?? '') ?? []) {
        if (h.UPN === 'UN4') {
          eps.push(ei);
          heads.push(hi);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['Header', heads],
    ]);
  },
});
