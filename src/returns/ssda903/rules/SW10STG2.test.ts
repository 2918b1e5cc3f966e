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

  it('flags the first episode when no row names a child, as the reference pairs it with the empty row its shift makes', () => {
    // lac2024_25/rule_SW10STG2.py: df.shift(1) leaves the first sorted row a previous row of blanks, and the
    // merge on CHILD pairs a blank CHILD with that blank, so the first row has no previous end and fails.
    const rows = [
      { CHILD: '', SW_DECOM: '01/05/2025', SW_DEC: '', SW_REASON: 'MANAGE' },
      { CHILD: '', SW_DECOM: '01/04/2025', SW_DEC: '30/04/2025', SW_REASON: 'MANAGE' }, // first sorted
    ];
    expect(ruleSW10STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [1] });
    const contact = [{ ...rows[0]! }, { ...rows[1]!, SW_REASON: 'FCONTA' }];
    expect(ruleSW10STG2.validate(dataC({ SWEpisodes: contact }))).toEqual({});
    // A named child first in the order has nothing before it.
    const named = [rows[0]!, { ...rows[1]!, CHILD: '1' }];
    expect(ruleSW10STG2.validate(dataC({ SWEpisodes: named }))).toEqual({});
  });
});
