import { defineRule, failures, table } from '../rule.ts';

/**
 * A child may have at most two T3 (foster carers' holiday) placements. As the reference validator, all
 * T3 episodes in the file are counted, not a rolling 12 months; every T3 episode of a child with more
 * than two fails. Episodes with a blank CHILD are not counted, as the reference validator's
 * groupby('CHILD') leaves them out.
 */
export const rule377 = defineRule({
  code: '377',
  message:
    'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const t3 = new Map<string, number[]>();
    table(data, 'Episodes')!.forEach((ep, i) => {
      if (ep.PLACE !== 'T3' || !ep.CHILD) return;
      t3.set(ep.CHILD ?? '', [...(t3.get(ep.CHILD ?? '') ?? []), i]);
    });
    return failures([['Episodes', [...t3.values()].filter((l) => l.length > 2).flat()]]);
  },
});
