import { describe, expect, it } from 'vitest';
import { ruleSW05STG1 } from './SW05STG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW05STG1', () => {
  it('flags a blank or invalid end date, as the reference validator does', () => {
    const rows = [
      { SW_DEC: 'ZZ/ZZ/ZZZZ' },
      { SW_DEC: '31/03/2026' },
      { SW_DEC: '31/04/2025' },
      { SW_DEC: '' },
    ];
    expect(ruleSW05STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 2, 3] });
    expect(ruleSW05STG1.validate(dataC({ SWEpisodes: [rows[1]!] }))).toEqual({});
  });
});
