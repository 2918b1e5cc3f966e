import { describe, expect, it } from 'vitest';
import { ruleSW02STG1 } from './SW02STG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW02STG1', () => {
  it('flags IDs not starting SW or XX, or shorter than 4', () => {
    const rows = [
      { SW_ID: 'SW000' },
      { SW_ID: 'XX000' },
      { SW_ID: 'aa00' },
      { SW_ID: 'xx000' },
      { SW_ID: 'SW' },
      { SW_ID: '' },
    ];
    expect(ruleSW02STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [2, 3, 4, 5] });
    expect(ruleSW02STG1.validate(dataC({ SWEpisodes: rows.slice(0, 2) }))).toEqual({});
  });
});
