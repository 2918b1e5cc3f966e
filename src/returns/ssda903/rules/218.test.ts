import { describe, expect, it } from 'vitest';
import { rule218 } from './218.ts';
import type { Row } from '../spec.ts';
import { testData } from './helpers-a.ts';

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
});
