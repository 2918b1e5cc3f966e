import { PLACEMENTS_WITHOUT_URN } from '../../../domain/codes.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, cell } from './helpers-a.ts';
import { shortBreak } from './helpers-ref.ts';

const EXEMPT = PLACEMENTS_WITHOUT_URN;
const OUTSIDE_ENGLAND = ['CON', 'NIR', 'SCO', 'WAL', 'NUK'];

/**
 * An episode open on or after the collection start (DEC on or after it, or blank) must have a URN unless
 * its placement type is exempt or it is outside England. A short break (V3/V4) needs none: it may not have
 * one (rule 214), and the reference validator passes it, its PL_LA being blank (no PL_POST, rule 214).
 *
 * PARTIAL: the reference validator reads "outside England" from PL_LA, which it derives from PL_POST with
 * the ONS postcode directory; Hearth has no postcode data. The exemption is applied only when a row
 * carries a PL_LA cell (CON, NIR, SCO, WAL or NUK); otherwise placements outside England are checked too.
 */
export const rule218 = defineRule({
  code: '218',
  message: 'Ofsted Unique reference number (URN) is required.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => {
          const dec = date(r.DEC);
          const open = blank(r.DEC) || (dec !== null && dec >= data.collectionStart);
          const outside = OUTSIDE_ENGLAND.includes(cell(r, 'PL_LA').toUpperCase());
          return open && blank(r.URN) && !EXEMPT.includes(r.PLACE ?? '') && !outside && !shortBreak(r);
        }),
      ],
    ]);
  },
});
