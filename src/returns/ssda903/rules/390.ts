import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode ceasing as adopted (REC E11/E12) must be a placement for adoption (A3-A6). */
export const rule390 = defineRule({
  code: '390',
  message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => ['E11', 'E12'].includes(r.REC ?? '') && !['A3', 'A4', 'A5', 'A6'].includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
