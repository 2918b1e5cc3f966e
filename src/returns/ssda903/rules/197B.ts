import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, blank, continuouslyLookedAfter } from './helpers-a.ts';

/**
 * A child looked after continuously through the year whose 4th or 17th birthday falls in the collection
 * year (start and end inclusive) must have an SDQ score or a reason for none.
 *
 * A child whose 17th birthday is 1 April itself is 17 at the beginning of the year, and rule 189 forbids an
 * SDQ score or reason for them, so they are not asked for one here (the reference validator asks, and so
 * flags every such child one way or the other).
 */
export const rule197B = defineRule({
  code: '197B',
  message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
  type: 'error',
  tables: ['OC2', 'Episodes'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    const { collectionStart: start, collectionEnd: end } = data;
    return failures([
      [
        'OC2',
        rowsWhere(table(data, 'OC2')!, (r) => {
          const dob = date(r.DOB);
          if (!dob) return false;
          const four = addYears(dob, 4);
          const seventeen = addYears(dob, 17);
          const birthday = (four >= start && four <= end) || (seventeen > start && seventeen <= end);
          return birthday && cla.has(r.CHILD ?? '') && blank(r.SDQ_SCORE) && blank(r.SDQ_REASON);
        }),
      ],
    ]);
  },
});
