import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const NO_PROVIDER = ['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'];

/** Every episode except temporary (T0-T4) and Z11-Z14 placements must have a PLACE_PROVIDER. */
export const rule526 = defineRule({
  code: '526',
  message: 'Child is missing a placement provider code for at least one episode.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => !NO_PROVIDER.includes(r.PLACE ?? '') && !r.PLACE_PROVIDER),
      ],
    ]);
  },
});
