import { describe, expect, it } from 'vitest';
import { ruleSW01bSTG1 } from './SW01bSTG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW01bSTG1', () => {
  it('flags a missing start, and a missing ID or reason from April 2023', () => {
    const rows = [
      { CHILD: '1', SW_ID: '', SW_DECOM: '01/04/2023', SW_REASON: 'MANAGE' },
      { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '', SW_REASON: 'MANAGE' },
      { CHILD: '3', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_REASON: '' },
      { CHILD: '4', SW_ID: '', SW_DECOM: '31/03/2023', SW_REASON: '' }, // before April 2023
      { CHILD: '5', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_REASON: 'OTHERS' },
    ];
    expect(ruleSW01bSTG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 1, 2] });
    expect(ruleSW01bSTG1.validate(dataC({ SWEpisodes: rows.slice(3) }))).toEqual({});
  });
});
