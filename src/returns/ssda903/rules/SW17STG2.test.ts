import { describe, expect, it } from 'vitest';
import { ruleSW17STG2 } from './SW17STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW17STG2', () => {
  it('flags a child whose latest social worker episode has ended', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '01/01/2026', SW_DEC: '' },
      { CHILD: '2', SW_DECOM: '01/01/2025', SW_DEC: '01/01/2026' },
      { CHILD: '2', SW_DECOM: '02/01/2025', SW_DEC: '01/01/2026' }, // latest, ended
      { CHILD: '1', SW_DECOM: '01/01/2025', SW_DEC: '01/01/2026' },
    ];
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [2] });
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: [rows[0]!, rows[3]!] }))).toEqual({});
  });
});
