import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-a.ts';

const CODES = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'];

/** A review with a date must have a REVIEW_CODE of PN0 to PN7; a row with no date must have no code. */
export const rule167 = defineRule({
  code: '167',
  message: 'Data entry for participation is invalid or blank.',
  type: 'error',
  tables: ['Reviews'],
  validate(data) {
    return failures([
      [
        'Reviews',
        rowsWhere(
          table(data, 'Reviews')!,
          (r) =>
            !(
              (filled(r.REVIEW) && CODES.includes(r.REVIEW_CODE ?? '')) ||
              (blank(r.REVIEW) && blank(r.REVIEW_CODE))
            ),
        ),
      ],
    ]);
  },
});
