import { defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/**
 * A URN (not XXXXXXX) must be registered for the episode's placement type (PLACE among the provider's
 * placement codes). A URN on no list, a provider with no codes or a blank PLACE fails, as in the DfE
 * validator's left merge.
 */
export const rule219 = defineRule({
  code: '219',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
  type: 'error',
  tables: ['Episodes'],
  reference: ['providers'],
  validate(data) {
    return failures([
      [
        'Episodes',
        providerMismatches(
          data,
          () => true,
          (row, p) => !row.PLACE || !p?.placeCodes?.includes(row.PLACE),
        ),
      ],
    ]);
  },
});
