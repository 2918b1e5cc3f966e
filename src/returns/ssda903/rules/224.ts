import { defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/**
 * A URN (not XXXXXXX) must be listed with the episode's placement provider code (PLACE_PROVIDER among the
 * provider's codes). A URN on no list, a provider with no codes or a blank PLACE_PROVIDER fails, as in the
 * DfE validator's left merge.
 */
export const rule224 = defineRule({
  code: '224',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
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
          (row, p) => !row.PLACE_PROVIDER || !p?.providerCodes?.includes(row.PLACE_PROVIDER),
        ),
      ],
    ]);
  },
});
