import { describe, expect, it } from 'vitest';
import { ruleSW09STG2 } from './SW09STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW09STG2', () => {
  it('flags episodes lasting under three days', () => {
    const rows = [
      { SW_DECOM: '02/01/2025', SW_DEC: '01/01/2025' },
      { SW_DECOM: '01/01/2025', SW_DEC: '04/01/2025' }, // three days
      { SW_DECOM: '27/02/2024', SW_DEC: '29/02/2024' }, // two days
      { SW_DECOM: '', SW_DEC: '01/01/2025' },
      { SW_DECOM: '01/01/2025', SW_DEC: '' },
    ];
    expect(ruleSW09STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 2] });
    expect(ruleSW09STG2.validate(dataC({ SWEpisodes: [rows[1]!, rows[3]!, rows[4]!] }))).toEqual({});
  });
});
