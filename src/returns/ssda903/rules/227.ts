import { date, defineRule, failures } from '../rule.ts';
import { providerMismatches } from './helpers-ref.ts';

/**
 * An episode with a URN (not XXXXXXX) whose registration has ended must have started (DECOM) before the
 * end of registration. An episode without a valid DECOM, or at a provider still registered, passes.
 */
export const rule227 = defineRule({
  code: '227',
  message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
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
            const decom = date(row.DECOM);
            return !!p?.registrationEnd && decom !== null && decom >= p.registrationEnd;
          },
        ),
      ],
    ]);
  },
});
