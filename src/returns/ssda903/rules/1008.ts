import { defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/**
 * A URN, other than the placeholder XXXXXXX, must be on Ofsted's lists (children's homes or social care
 * providers). Skipped without the lists, as the DfE validator skips it.
 */
export const rule1008 = defineRule({
  code: '1008',
  message: 'Ofsted Unique Reference Number (URN) is not valid.',
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
          (_row, p) => p === null,
        ),
      ],
    ]);
  },
});
