import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday } from './helpers-b.ts';

/** A review with participation code PN1-PN7 (child 4 or over) must not be before the 4th birthday. */
export const rule441 = defineRule({
  code: '441',
  message:
    'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.',
  type: 'error',
  tables: ['Reviews'],
  validate(data) {
    return failures([
      [
        'Reviews',
        rowsWhere(table(data, 'Reviews')!, (r) => {
          const review = date(r.REVIEW);
          const b4 = birthday(r.DOB, 4);
          const code = r.REVIEW_CODE ?? '';
          return /^PN[1-7]$/.test(code) && !!review && !!b4 && review < b4;
        }),
      ],
    ]);
  },
});
