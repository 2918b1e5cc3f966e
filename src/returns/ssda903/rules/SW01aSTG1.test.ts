import { describe, expect, it } from 'vitest';
import { ruleSW01aSTG1 } from './SW01aSTG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW01aSTG1', () => {
  it('flags a missing start, and a missing ID before April 2023', () => {
    const rows = [
      { CHILD: '1', SW_ID: '', SW_DECOM: '01/04/2023', SW_REASON: '' }, // from April 2023: not this rule's concern
      { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '', SW_REASON: 'MANAGE' },
      { CHILD: '3', SW_ID: '', SW_DECOM: '31/03/2023', SW_REASON: '' },
      { CHILD: '4', SW_ID: 'SW1', SW_DECOM: '31/03/2023', SW_REASON: '' },
    ];
    expect(ruleSW01aSTG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [1, 2] });
    expect(ruleSW01aSTG1.validate(dataC({ SWEpisodes: [rows[0]!, rows[3]!] }))).toEqual({});
  });
});
