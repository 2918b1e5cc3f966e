import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const PLACES = ['P1', 'R2', 'R5'];

/** Placement provider PR2 cannot be recorded with placements P1, R2, R5. */
export const rule528 = defineRule({
  code: '528',
  message: 'A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => r.PLACE_PROVIDER === 'PR2' && PLACES.includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
