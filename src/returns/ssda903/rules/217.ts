import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An A3 or A5 placement starting on or after 1 April 2015 must have RNE S, T or U. */
export const rule217 = defineRule({
  code: '217',
  message:
    'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const decom = date(r.DECOM);
          return (
            ['A3', 'A5'].includes(r.PLACE ?? '') &&
            decom !== null &&
            decom >= '2015-04-01' &&
            !['S', 'T', 'U'].includes(r.RNE ?? '')
          );
        }),
      ],
    ]);
  },
});
