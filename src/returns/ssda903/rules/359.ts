import { defineRule, failures, table } from '../rule.ts';
import { birthday, indexByChild } from './helpers-b.ts';

/**
 * An open episode (no DEC) of a child who is 18 before the collection end must be V2 (section 20) in a
 * K2 children's home.
 */
export const rule359 = defineRule({
  code: '359',
  message:
    'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const header = indexByChild(table(data, 'Header')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      if (ep.DEC || (ep.LS === 'V2' && ep.PLACE === 'K2')) return;
      const adult = (header.get(ep.CHILD ?? '') ?? []).some((h) => {
        const b18 = birthday(h.row.DOB, 18);
        return b18 !== null && b18 < data.collectionEnd;
      });
      if (adult) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
