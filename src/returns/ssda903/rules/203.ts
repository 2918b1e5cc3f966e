import { date, defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';

/**
 * A child in last year's Header must have the same DOB this year, compared as dates: two invalid or blank
 * DOBs agree, a valid and an invalid one do not.
 */
export const rule203 = defineRule({
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = table(data, 'Header_last')!;
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) =>
          ofChild(last, r.CHILD).some(({ row: l }) => date(l.DOB) !== date(r.DOB)),
        ),
      ],
    ]);
  },
});
