import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode ceasing to an SGO with former foster carers (REC E45/E46) must be a foster placement U1-U6. */
export const rule516 = defineRule({
  code: '516',
  message:
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) =>
            ['E45', 'E46'].includes(r.REC ?? '') &&
            !['U1', 'U2', 'U3', 'U4', 'U5', 'U6'].includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
