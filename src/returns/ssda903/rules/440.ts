import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday } from './helpers-b.ts';

/** A review with participation code PN0 (child under 4) must not be after the 4th birthday. */
export const rule440 = defineRule({
  code: '440',
  message:
    'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.',
  type: 'error',
  tables: ['Reviews'],
  validate(data) {
    return failures([
      [
        'Reviews',
        rowsWhere(table(data, 'Reviews')!, (r) => {
          const review = date(r.REVIEW);
          const b4 = birthday(r.DOB, 4);
          return r.REVIEW_CODE === 'PN0' && !!review && !!b4 && review > b4;
        }),
      ],
    ]);
  },
});
