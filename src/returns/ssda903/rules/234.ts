import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears } from './helpers-a.ts';

/**
 * An episode with REASON_PLACE_CHANGE CUSTOD must not start before the child's 10th birthday (Header DOB
 * + 10 years). The reference validator's 2025/26 code reads DOB from the Episodes file, which has none;
 * this implementation takes it from Header, as the rule's tables say.
 */
export const rule234 = defineRule({
  code: '234',
  message: 'A child aged under 10 can not change placement due to being admitted to custody',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const custody = rowsWhere(episodes, (r) => r.REASON_PLACE_CHANGE === 'CUSTOD');
    if (custody.length === 0) return {};
    const dobs = new Map<string, string>();
    for (const h of table(data, 'Header')!) {
      const dob = date(h.DOB);
      if (dob && !dobs.has(h.CHILD ?? '')) dobs.set(h.CHILD ?? '', dob);
    }
    return failures([
      [
        'Episodes',
        custody.filter((i) => {
          const r = episodes[i]!;
          const dob = dobs.get(r.CHILD ?? '');
          const decom = date(r.DECOM);
          return dob !== undefined && decom !== null && addYears(dob, 10) > decom;
        }),
      ],
    ]);
  },
});
