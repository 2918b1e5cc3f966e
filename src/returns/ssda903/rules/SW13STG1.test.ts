import { describe, expect, it } from 'vitest';
import { ruleSW13STG1 } from './SW13STG1.ts';
import { dataC } from './helpers-c.ts';

describe('SW13STG1', () => {
  it('flags invalid or blank reasons, allowing one blank for the episode open at the year start', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '01/04/2025', SW_DEC: '02/04/2025', SW_REASON: '' }, // first in year: allowed
      { CHILD: '1', SW_DECOM: '03/04/2025', SW_DEC: '', SW_REASON: '' },
      { CHILD: '2', SW_DECOM: '03/04/2024', SW_DEC: '04/04/2025', SW_REASON: '' }, // open at 1 April: allowed
      { CHILD: '2', SW_DECOM: '05/04/2025', SW_DEC: '', SW_REASON: '' },
      { CHILD: '3', SW_DECOM: '05/04/2024', SW_DEC: '31/03/2025', SW_REASON: '' }, // ended before the year
      { CHILD: '3', SW_DECOM: '05/04/2025', SW_DEC: '', SW_REASON: '' }, // first in year: allowed
      { CHILD: '4', SW_DECOM: '05/04/2025', SW_DEC: '', SW_REASON: 'BADCODE' },
    ];
    expect(ruleSW13STG1.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [1, 3, 4, 6] });
    expect(
      ruleSW13STG1.validate(dataC({ SWEpisodes: [rows[0]!, { ...rows[1]!, SW_REASON: 'MANAGE' }] })),
    ).toEqual({});
  });
});
