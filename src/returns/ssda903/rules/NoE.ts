import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode starting before the collection year needs the child in last year's Episodes. */
export const ruleNoE = defineRule({
  code: 'NoE',
  message:
    'This child has no episodes loaded for previous year even though child started to be looked after before this current year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    const last = new Set(table(data, 'Episodes_last')!.map((r) => r.CHILD ?? ''));
    const rows = table(data, 'Episodes')!;
    return failures([
      [
        'Episodes',
        rowsWhere(rows, (r) => {
          const decom = date(r.DECOM);
          return decom !== null && decom < data.collectionStart && !last.has(r.CHILD ?? '');
        }),
      ],
    ]);
  },
});
