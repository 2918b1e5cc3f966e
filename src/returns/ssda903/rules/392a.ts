import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { shortBreak, uascIfKnown } from './helpers-ref.ts';

/**
 * An episode not under V3/V4, of a child not known to be or have been UASC (see uascIfKnown), must have a
 * PL_DISTANCE: both HOME_POST and PL_POST must be found in the postcode lookup with coordinates. Skipped, as
 * by the DfE validator, when neither year tells which children are UASC.
 */
export const rule392a = defineRule({
  code: '392a',
  message:
    'Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes'],
  validate(data) {
    const uasc = uascIfKnown(data);
    if (!uasc) return {};
    const derived = placements(data, 'Episodes');
    return failures([
      [
        'Episodes',
        rowsWhere(
          data.tables.Episodes!,
          (r, i) => !shortBreak(r) && !uasc.has(r.CHILD ?? '') && derived[i]!.distance === null,
        ),
      ],
    ]);
  },
});
