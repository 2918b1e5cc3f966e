import { describe, expect, it } from 'vitest';
import { ruleSW11bSTG2 } from './SW11bSTG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW11bSTG2', () => {
  it('flags a missing start after an episode ending near the year end, not a single open episode', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '01/04/2025', SW_DEC: '26/03/2026' },
      { CHILD: '1', SW_DECOM: '', SW_DEC: '' }, // follows an end on 26 March: flagged
      { CHILD: '2', SW_DECOM: '01/04/2025', SW_DEC: '25/03/2026' },
      { CHILD: '2', SW_DECOM: '', SW_DEC: '' }, // end before the five days: fine
      { CHILD: '3', SW_DECOM: '01/04/2025', SW_DEC: '' }, // the only episode, open: fine
      { CHILD: '4', SW_DECOM: '01/04/2025', SW_DEC: '29/03/2026' },
      { CHILD: '4', SW_DECOM: '30/03/2026', SW_DEC: '' },
    ];
    expect(ruleSW11bSTG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [1] });
    expect(ruleSW11bSTG2.validate(dataC({ SWEpisodes: rows.slice(4) }))).toEqual({});
  });
});
