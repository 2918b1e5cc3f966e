import { PLACEMENTS_WITHOUT_URN } from '../../../domain/codes.ts';
import { providerLa } from '../reference.ts';
import { defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/** Placements that may have no URN (rule 222) and supported accommodation, which the 2025/26 rule leaves out. */
const LEFT_OUT = ['K3', ...PLACEMENTS_WITHOUT_URN];

/**
 * With a URN (not XXXXXXX) and a placement other than those above, an own provision placement (PR1) must
 * be at a provider in the authority's area, and another authority's provision (PR2) at one outside it. The
 * provider's authority is inferred from its setting postcode (the DfE validator's LA_CODE_INFERRED); a PR1
 * whose provider's authority is unknown (URN on no list, postcode not found) fails, a PR2 passes.
 */
export const rule229 = defineRule({
  code: '229',
  message:
    "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
  type: 'error',
  tables: ['Episodes'],
  reference: ['providers', 'postcodes', 'ownLa'],
  validate(data) {
    const reference = data.reference!;
    return failures([
      [
        'Episodes',
        providerMismatches(
          data,
          (row) => !LEFT_OUT.includes(row.PLACE ?? ''),
          (row, p) => {
            const la = p ? providerLa(p, reference) : null;
            if (row.PLACE_PROVIDER === 'PR1') return la !== reference.ownLa;
            return row.PLACE_PROVIDER === 'PR2' && la === reference.ownLa;
          },
        ),
      ],
    ]);
  },
});
