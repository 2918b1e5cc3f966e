import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A child with any episode not under V3/V4 must have a UPN (or UN code) completed. */
export const rule442 = defineRule({
  code: '442',
  message: 'Unique Pupil Number (UPN) field is not completed.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const lookedAfter = new Set(
      table(data, 'Episodes')!
        .filter((e) => !['V3', 'V4'].includes(e.LS ?? ''))
        .map((e) => e.CHILD ?? ''),
    );
    return failures([
      ['Header', rowsWhere(table(data, 'Header')!, (h) => lookedAfter.has(h.CHILD ?? '') && !h.UPN)],
    ]);
  },
});
