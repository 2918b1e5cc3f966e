import { defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * An episode ending in adoption (REC E1, E11, E12) must agree with AD1 FOSTER_CARE: 0 is wrong with an
 * A2/A3/A5 placement and 1 is wrong with A1/A4/A6. FOSTER_CARE is compared as given, as the reference does
 * (' 0' is neither 0 nor 1).
 */
export const rule335 = defineRule({
  code: '335',
  message:
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.',
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const ad1 = indexByChild(table(data, 'AD1')!);
    const eps: number[] = [];
    const ads: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      if (!['E1', 'E11', 'E12'].includes(ep.REC ?? '')) return;
      const place = ep.PLACE ?? '';
      for (const a of ad1.get(ep.CHILD ?? '') ?? []) {
        const fc = a.row.FOSTER_CARE ?? '';
        if (
          (['A2', 'A3', 'A5'].includes(place) && fc === '0') ||
          (['A1', 'A4', 'A6'].includes(place) && fc === '1')
        ) {
          eps.push(i);
          ads.push(a.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['AD1', ads],
    ]);
  },
});
