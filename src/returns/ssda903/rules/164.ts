import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { uascIfKnown } from './helpers-ref.ts';

/**
 * For a child not known to be or have been UASC, a derived PL_DISTANCE must be between 0.0 and 999.9
 * miles (blank distances are left to 392a). The DfE validator applies it whatever the legal status, and
 * skips it when it cannot tell who was UASC (`uascIfKnown`).
 */
export const rule164 = defineRule({
  code: '164',
  message:
    'Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
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
        rowsWhere(data.tables.Episodes!, (r, i) => {
          const miles = derived[i]!.distance;
          return !uasc.has(r.CHILD ?? '') && miles !== null && (miles < 0 || miles > 999.9);
        }),
      ],
    ]);
  },
});
