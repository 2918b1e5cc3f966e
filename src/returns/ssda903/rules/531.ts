import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const PLACES = ['P1'];

/** Placement provider PR5 cannot be recorded with placements P1. */
export const rule531 = defineRule({
  code: '531',
  message: 'A placement provider code of PR5 cannot be associated with placements P1.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => r.PLACE_PROVIDER === 'PR5' && PLACES.includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
