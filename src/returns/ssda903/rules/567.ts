import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** MIS_END must not be before MIS_START (rows where either is blank or not a date pass). */
export const rule567 = defineRule({
  code: '567',
  message:
    'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([
      [
        'Missing',
        rowsWhere(rows, (r) => {
          const start = date(r.MIS_START);
          const end = date(r.MIS_END);
          return start !== null && end !== null && start > end;
        }),
      ],
    ]);
  },
});
