import { defineRule, failures, table } from '../rule.ts';

/** A child may not have both V3 and V4 episodes in the year; all of such a child's V3/V4 episodes fail. */
export const rule426 = defineRule({
  code: '426',
  message:
    'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const v3 = new Set(episodes.filter((e) => e.LS === 'V3').map((e) => e.CHILD ?? ''));
    const v4 = new Set(episodes.filter((e) => e.LS === 'V4').map((e) => e.CHILD ?? ''));
    const failed: number[] = [];
    episodes.forEach((e, i) => {
      if (['V3', 'V4'].includes(e.LS ?? '') && v3.has(e.CHILD ?? '') && v4.has(e.CHILD ?? '')) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
