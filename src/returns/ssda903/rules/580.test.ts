import { describe, expect, it } from 'vitest';
import { rule580 } from './580.ts';
import { dataC } from './helpers-c.ts';

describe('580', () => {
  it('flags episodes ending on the 18th birthday while missing, unless REC is E8', () => {
    const episodes = [
      { CHILD: 'a', DEC: '01/06/2025', REC: 'E4A' },
      { CHILD: 'b', DEC: '01/06/2025', REC: 'E8' },
      { CHILD: 'c', DEC: '28/02/2026', REC: '' }, // born 29/02/2008: 18th birthday taken as 28/02/2026
      { CHILD: 'd', DEC: '02/06/2025', REC: 'E4A' }, // missing ended the day before
    ];
    const missing = [
      { CHILD: 'a', DOB: '01/06/2007', MIS_END: '01/06/2025' },
      { CHILD: 'b', DOB: '01/06/2007', MIS_END: '01/06/2025' },
      { CHILD: 'c', DOB: '29/02/2008', MIS_END: '28/02/2026' },
      { CHILD: 'd', DOB: '01/06/2007', MIS_END: '01/06/2025' },
    ];
    expect(rule580.validate(dataC({ Episodes: episodes, Missing: missing }))).toEqual({ Episodes: [0, 2] });
    expect(rule580.validate(dataC({ Episodes: episodes.slice(1, 2), Missing: missing }))).toEqual({});
  });
});
