import { describe, expect, it } from 'vitest';
import { ruleSW10STG2 } from './SW10STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW10STG2', () => {
  it('flags episodes not starting within 7 days of the previous end', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '01/01/2025', SW_DEC: '09/01/2025', SW_REASON: 'MANAGE' },
      { CHILD: '1', SW_DECOM: '02/01/2025', SW_DEC: '03/01/2025', SW_REASON: 'MANAGE' }, // 2 Jan >= 9 Jan - 7
      { CHILD: '2', SW_DECOM: '01/01/2024', SW_DEC: '09/01/2025', SW_REASON: 'MANAGE' },
      { CHILD: '2', SW_DECOM: '01/01/2025', SW_DEC: '10/01/2025', SW_REASON: 'MANAGE' }, // 8 days before
      { CHILD: '3', SW_DECOM: '01/01/2024', SW_DEC: '09/01/2025', SW_REASON: 'MANAGE' },
      { CHILD: '3', SW_DECOM: '01/01/2025', SW_DEC: '10/01/2025', SW_REASON: 'FCONTA' }, // exempt
      { CHILD: '4', SW_DECOM: '01/01/2025', SW_DEC: '', SW_REASON: 'MANAGE' },
      { CHILD: '4', SW_DECOM: '01/02/2025', SW_DEC: '', SW_REASON: 'MANAGE' }, // previous open
    ];
    expect(ruleSW10STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [3, 7] });
    expect(ruleSW10STG2.validate(dataC({ SWEpisodes: rows.slice(0, 2) }))).toEqual({});
  });
});
