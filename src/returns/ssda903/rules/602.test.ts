import { describe, expect, it } from 'vitest';
import { rule602 } from './602.ts';
import type { Row } from '../spec.ts';
import { dataC } from './helpers-c.ts';

describe('602', () => {
  it('flags AD1 data for children not adopted in the year', () => {
    const episodes = [
      { CHILD: 'a', DEC: '31/03/2026', REC: 'E11' },
      { CHILD: 'b', DEC: '31/03/2025', REC: 'E11' },
      { CHILD: 'c', DEC: '01/06/2025', REC: 'E4A' },
    ];
    const ad1: Row[] = [
      { CHILD: 'a', DATE_INT: '01/01/2025' },
      { CHILD: 'b', DATE_INT: '01/01/2025' },
      {
        CHILD: 'c',
        DATE_INT: '',
        DATE_MATCH: '',
        FOSTER_CARE: '',
        NB_ADOPTR: '',
        SEX_ADOPTR: '',
        LS_ADOPTR: '',
      },
      { CHILD: 'z', NB_ADOPTR: '1' },
    ];
    expect(rule602.validate(dataC({ Episodes: episodes, AD1: ad1 }))).toEqual({ AD1: [1, 3] });
    expect(rule602.validate(dataC({ Episodes: episodes, AD1: [ad1[0]!, ad1[2]!] }))).toEqual({});
  });
});
