import { describe, expect, it } from 'vitest';
import { ruleSW07STG2 } from './SW07STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW07STG2', () => {
  it('flags an end before the reporting period or after the collection end', () => {
    const rows = [
      { SW_DEC: '01/04/2026' },
      { SW_DEC: '31/03/2024' }, // before 1 April 2024
      { SW_DEC: '01/04/2024' },
      { SW_DEC: '31/03/2026' },
      { SW_DEC: '' },
    ];
    expect(ruleSW07STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 1] });
    expect(ruleSW07STG2.validate(dataC({ SWEpisodes: rows.slice(2) }))).toEqual({});
  });
});
