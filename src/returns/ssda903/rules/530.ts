import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const PLACES = ['P1'];

/** Placement provider PR4 cannot be recorded with placements P1. */
export const rule530 = defineRule({
  code: '530',
  message: 'A placement provider code of PR4 cannot be associated with placement P1.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => r.PLACE_PROVIDER === 'PR4' && PLACES.includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
