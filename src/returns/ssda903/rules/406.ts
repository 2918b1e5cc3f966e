import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { uascIfKnown } from './helpers-ref.ts';

/**
 * A child known to be or have been UASC (this year's or last year's, as the validator finds them: uascIfKnown)
 * must have no PL_DISTANCE: the DfE validator derives one whenever both postcodes are known, so an episode
 * of such a child with both postcodes in the lookup fails. Skipped, as by the validator, when no UASC flag
 * can be had (no UASC table loaded, and no Header of the XML form, which has its own UASC cell).
 */
export const rule406 = defineRule({
  code: '406',
  message:
    'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]',
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
        rowsWhere(data.tables.Episodes!, (r, i) => uasc.has(r.CHILD ?? '') && derived[i]!.distance !== null),
      ],
    ]);
  },
});
