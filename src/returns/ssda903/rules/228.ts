import { date, defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/**
 * An episode with a URN (not XXXXXXX) whose registration has ended must have ended (DEC) on or before the
 * end of registration; an open episode (DEC blank or not a date) must be at a provider still registered at
 * the collection end (31 March), as the DfE validator checks it.
 */
export const rule228 = defineRule({
  code: '228',
  message:
    'Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]',
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
          (row, p) => {
            if (!p?.registrationEnd) return false;
            const dec = date(row.DEC);
            return (dec ?? data.collectionEnd) > p.registrationEnd;
          },
        ),
      ],
    ]);
  },
});
