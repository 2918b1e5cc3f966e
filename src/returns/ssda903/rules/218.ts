import { PLACEMENTS_WITHOUT_URN } from '../../../domain/codes.ts';
import { placements } from '../reference.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, cell } from './helpers-a.ts';
import { shortBreak } from './helpers-ref.ts';

const EXEMPT = PLACEMENTS_WITHOUT_URN;
const OUTSIDE_ENGLAND = ['CON', 'NIR', 'SCO', 'WAL', 'NUK'];

/**
 * An episode open on or after the collection start (DEC on or after it, or blank) must have a URN unless
 * its placement type is exempt or it is outside England.
 *
 * DIFFERS from the reference validator: a short break (V3/V4) passes here, as rule 214 forbids it a URN (and
 * a PL_POST) and Hearth's export writes it without one. The reference validator's check does not look at
 * LS, and a short break's PL_LA is blank there (no PL_POST), so it does fail a short break with no URN
 * whose placement type is not exempt: the two DfE rules then contradict each other for that episode.
 *
 * PARTIAL: the reference validator reads "outside England" from PL_LA, which it derives from PL_POST with
 * the ONS postcode directory. Hearth does the same when a postcode lookup is loaded (SCO, WAL or NIR for a
 * placement in Scotland, Wales or Northern Ireland); without one, the exemption is applied only when a row
 * carries a PL_LA cell (CON, NIR, SCO, WAL or NUK), and placements outside England are otherwise checked too.
 */
export const rule218 = defineRule({
  code: '218',
  message: 'Ofsted Unique reference number (URN) is required.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const derived = data.reference?.postcodes ? placements(data, 'Episodes') : null;
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r, i) => {
          const dec = date(r.DEC);
          const open = blank(r.DEC) || (dec !== null && dec >= data.collectionStart);
          const la = derived ? (derived[i]?.la ?? '') : cell(r, 'PL_LA');
          const outside = OUTSIDE_ENGLAND.includes(la.toUpperCase());
          return open && blank(r.URN) && !EXEMPT.includes(r.PLACE ?? '') && !outside && !shortBreak(r);
        }),
      ],
    ]);
  },
});
