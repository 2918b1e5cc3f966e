import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const PLACES = ['P1', 'R2', 'R5'];

/** Placement provider PR1 cannot be recorded with placements P1, R2, R5. */
export const rule527 = defineRule({
  code: '527',
  message: 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => r.PLACE_PROVIDER === 'PR1' && PLACES.includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
