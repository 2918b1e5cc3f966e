import { describe, expect, it } from 'vitest';
import { ruleSW04STG1 } from './SW04STG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW04STG1', () => {
  it('flags a blank or invalid start date', () => {
    const rows = [
      { SW_DECOM: 'ZZ/ZZ/ZZZZ' },
      { SW_DECOM: '29/02/2024' },
      { SW_DECOM: '29/02/2025' },
      { SW_DECOM: '' },
      { SW_DECOM: '1999/12/01' },
    ];
    expect(ruleSW04STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 2, 3, 4] });
    expect(ruleSW04STG1.validate(dataC({ SWEpisodes: [rows[1]!] }))).toEqual({});
  });
});
