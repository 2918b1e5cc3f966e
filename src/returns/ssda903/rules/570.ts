import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** MIS_START must not be after the end of the collection year (31 March). */
export const rule570 = defineRule({
  code: '570',
  message:
    'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([
      [
        'Missing',
        rowsWhere(rows, (r) => {
          const start = date(r.MIS_START);
          return start !== null && start > data.collectionEnd;
        }),
      ],
    ]);
  },
});
