import { describe, expect, it } from 'vitest';
import { ruleSW08STG2 } from './SW08STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW08STG2', () => {
  it('flags open episodes that are not the child’s last', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '06/06/2025', SW_DEC: '' }, // a later one starts
      { CHILD: '1', SW_DECOM: '07/06/2025', SW_DEC: '08/06/2025' },
      { CHILD: '2', SW_DECOM: '08/06/2025', SW_DEC: '09/06/2025' },
      { CHILD: '2', SW_DECOM: '15/06/2025', SW_DEC: '' }, // last: fine
      { CHILD: '3', SW_DECOM: '31/06/2025', SW_DEC: '' }, // bad date
      { CHILD: '3', SW_DECOM: '01/06/2025', SW_DEC: '' }, // a bad-date row sorts last
      { CHILD: '', SW_DECOM: '01/06/2025', SW_DEC: '' },
      { CHILD: '', SW_DECOM: '02/06/2025', SW_DEC: '' },
    ];
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 5] });
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows.slice(1, 4) }))).toEqual({});
  });
});
