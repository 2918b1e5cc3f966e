import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';

/**
 * A PL_DISTANCE over 350 miles fails, unless it is 999.9 (the old code for "not known"). The 2025/26 DfE
 * validator applies it to every episode (UASC or not, any legal status).
 */
export const rule454 = defineRule({
  code: '454',
  message:
    'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    return failures([
      [
        'Episodes',
        rowsWhere(data.tables.Episodes!, (_r, i) => {
          const miles = derived[i]!.distance;
          return miles !== null && miles > 350 && miles !== 999.9;
        }),
      ],
    ]);
  },
});
