import { describe, expect, it } from 'vitest';
import { rule601 } from './601.ts';
import { dataC } from './helpers-c.ts';

describe('601', () => {
  const full = {
    DATE_INT: '01/01/2025',
    DATE_MATCH: '01/02/2025',
    FOSTER_CARE: '0',
    NB_ADOPTR: '1',
    SEX_ADOPTR: 'F1',
    LS_ADOPTR: 'L0',
  };
  it('flags adoptions in the year whose AD1 row is incomplete', () => {
    const episodes = [
      { CHILD: 'a', DEC: '01/04/2025', REC: 'E11' },
      { CHILD: 'b', DEC: '31/03/2026', REC: 'E12' },
      { CHILD: 'c', DEC: '31/03/2025', REC: 'E11' }, // last year
      { CHILD: 'd', DEC: '01/06/2025', REC: 'E4A' },
    ];
    const ad1 = [
      { CHILD: 'a', ...full, LS_ADOPTR: '' },
      { CHILD: 'b', ...full },
      { CHILD: 'c', ...full, DATE_INT: '' },
      { CHILD: 'd', ...full, DATE_INT: '' },
    ];
    expect(rule601.validate(dataC({ Episodes: episodes, AD1: ad1 }))).toEqual({ Episodes: [0], AD1: [0] });
    expect(rule601.validate(dataC({ Episodes: episodes.slice(1), AD1: ad1.slice(1) }))).toEqual({});
  });
});
