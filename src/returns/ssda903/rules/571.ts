import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** MIS_END, when a date, must fall within the collection year. */
export const rule571 = defineRule({
  code: '571',
  message:
    'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([
      [
        'Missing',
        rowsWhere(rows, (r) => {
          const end = date(r.MIS_END);
          return end !== null && (end < data.collectionStart || end > data.collectionEnd);
        }),
      ],
    ]);
  },
});
