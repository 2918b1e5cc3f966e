import { describe, expect, it } from 'vitest';
import { ruleSW05STG1 } from './SW05STG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW05STG1', () => {
  it('flags an end date that is not a valid date, and lets a blank one (an open episode) pass', () => {
    const rows = [
      { SW_DEC: 'ZZ/ZZ/ZZZZ' },
      { SW_DEC: '31/03/2026' },
      { SW_DEC: '31/04/2025' },
      { SW_DEC: '' },
      { SW_DEC: '2026-03-31' },
    ];
    expect(ruleSW05STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 2, 4] });
    expect(ruleSW05STG1.validate(dataC({ SWEpisodes: [rows[1]!, rows[3]!] }))).toEqual({});
  });

  it('flags a cell of spaces or a date with spaces around it, which are given but not dates', () => {
    const rows = [{ SW_DEC: '  ' }, { SW_DEC: ' 31/03/2026' }, { SW_DEC: '31/03/2026 ' }, { SW_DEC: '' }];
    expect(ruleSW05STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 1, 2] });
  });
});
