import { describe, expect, it } from 'vitest';
import { ruleSW06STG2 } from './SW06STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW06STG2', () => {
  it('flags a start after the collection end', () => {
    const rows = [
      { SW_DECOM: '01/04/2026' },
      { SW_DECOM: '31/03/2026' },
      { SW_DECOM: '01/01/2000' },
      { SW_DECOM: '' },
    ];
    expect(ruleSW06STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0] });
    expect(ruleSW06STG2.validate(dataC({ SWEpisodes: rows.slice(1) }))).toEqual({});
  });
});
