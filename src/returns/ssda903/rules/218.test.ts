import { describe, expect, it } from 'vitest';
import { rule218 } from './218.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('218', () => {
  it('fails a missing URN for open, non-exempt placements', () => {
    const rows = (
      [
        { PLACE: 'K2', DEC: '', URN: '' },
        { PLACE: 'K2', DEC: '01/04/2025', URN: '' }, // ends on the collection start
        { PLACE: 'K2', DEC: '31/03/2025', URN: '' }, // ended before the year
        { PLACE: 'P1', DEC: '', URN: '' }, // exempt type
        { PLACE: 'U4', DEC: '', URN: 'SC123456' },
        { PLACE: 'K2', DEC: '', URN: '', PL_LA: 'WAL' }, // outside England, when PL_LA is known
        { PLACE: 'K2', DEC: '', URN: '', LS: 'V3' }, // a short break, which may have no URN (rule 214)
        { PLACE: 'U6', DEC: '', URN: '', LS: 'V4' },
        { PLACE: 'U6', DEC: '', URN: '', LS: 'V2' },
      ] as Row[]
    ).map((r) => ({ CHILD: 'a', ...r }));
    expect(rule218.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [0, 1, 8] });
  });

  it('takes PL_LA from the postcode lookup when loaded: a placement in Scotland or Wales needs no URN', () => {
    // Reference datastore.py _add_postcode_derived_fields sets PL_LA to SCO/WAL/NIR from PL_POST, which
    // rule_218.py's out_of_england then exempts.
    const Episodes = [
      { CHILD: 'a', LS: 'C2', PLACE: 'K2', DEC: '', URN: '', PL_POST: 'EH1 1AA' }, // Scotland: exempt
      { CHILD: 'b', LS: 'C2', PLACE: 'K2', DEC: '', URN: '', PL_POST: 'CF1 1AA' }, // Wales: exempt
      { CHILD: 'c', LS: 'C2', PLACE: 'K2', DEC: '', URN: '', PL_POST: 'CD1 1AA' }, // England: fails
      { CHILD: 'd', LS: 'C2', PLACE: 'K2', DEC: '', URN: '', PL_POST: 'ZZ9 9ZZ' }, // not found: fails
    ];
    expect(rule218.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({ Episodes: [2, 3] });
  });
});
