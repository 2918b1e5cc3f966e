import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A girl (SEX F) with any episode not under V3/V4 must have MOTHER completed. */
export const rule393 = defineRule({
  code: '393',
  message: 'Child is looked after but mother field is not completed.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const lookedAfter = new Set(
      table(data, 'Episodes')!
        .filter((e) => !['V3', 'V4'].includes((e.LS ?? '').toUpperCase()))
        .map((e) => e.CHILD ?? ''),
    );
    return failures([
      [
        'Header',
        rowsWhere(
          table(data, 'Header')!,
          (h) => h.SEX === 'F' && lookedAfter.has(h.CHILD ?? '') && !h.MOTHER,
        ),
      ],
    ]);
  },
});
