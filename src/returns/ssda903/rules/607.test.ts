import { describe, expect, it } from 'vitest';
import { rule607 } from './607.ts';
import { dataC } from './helpers-c.ts';

describe('607', () => {
  it('flags girls leaving care in the year without MOTHER', () => {
    const episodes = [
      { CHILD: 'a', DEC: '01/04/2025', REC: 'E4A', LS: 'C2' },
      { CHILD: 'b', DEC: '31/03/2026', REC: 'E8', LS: 'V3' }, // short breaks
      { CHILD: 'c', DEC: '01/06/2025', REC: 'X1', LS: 'C2' },
      { CHILD: 'd', DEC: '31/03/2025', REC: 'E4A', LS: 'C2' }, // last year
      { CHILD: 'e', DEC: '01/06/2025', REC: 'E4A', LS: 'C2' }, // boy
      { CHILD: 'f', DEC: '01/06/2025', REC: 'E4A', LS: 'C2' }, // mother recorded
    ];
    const header = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({
      CHILD: c,
      SEX: c === 'e' ? 'M' : 'F',
      MOTHER: c === 'f' ? '0' : '',
    }));
    expect(rule607.validate(dataC({ Episodes: episodes, Header: header }))).toEqual({
      Episodes: [0],
      Header: [0],
    });
    expect(rule607.validate(dataC({ Episodes: episodes.slice(1), Header: header }))).toEqual({});
  });
});
