import { describe, expect, it } from 'vitest';
import { rule709 } from './709.ts';
import { data2026 } from './helpers-dolo.ts';

const dolo = (CHILD: string, DOLO_START: string, DOLO_END: string) => ({ CHILD, DOLO_START, DOLO_END });
const episode = (CHILD: string, DECOM: string, DEC: string, PLACE: string) => ({ CHILD, DECOM, DEC, PLACE });

describe('709', () => {
  it('flags a DoLO during which the child was placed other than in K2, Z12 or Z13', () => {
    const episodes = [
      episode('a', '01/04/2026', '30/06/2026', 'K2'),
      episode('a', '30/06/2026', '', 'U4'), // open
      episode('b', '01/04/2026', '', 'Z12'),
      episode('c', '01/04/2026', '31/05/2026', 'P1'),
      episode('c', '01/06/2026', '', 'Z13'),
      episode('d', '01/04/2026', '', ''),
      episode('e', '01/04/2026', '31/13/2026', 'R1'), // a DEC that is not a date: not ended
    ];
    const rows = [
      dolo('a', '01/05/2026', '31/05/2026'), // K2 throughout
      dolo('a', '01/05/2026', '30/06/2026'), // ends the day the U4 placement starts: fails
      dolo('a', '01/08/2026', '31/08/2026'), // in the open U4 placement: fails
      dolo('b', '01/04/2026', '31/03/2027'), // Z12 throughout
      dolo('c', '01/06/2026', '30/06/2026'), // Z13; the P1 placement ended the day before
      dolo('c', '31/05/2026', '30/06/2026'), // starts on the last day of the P1 placement: fails
      dolo('d', '01/05/2026', '01/06/2026'), // no placement type: fails
      dolo('a', '01/05/2026', ''), // open DoLOs are not compared
      dolo('a', '', '31/05/2026'),
      dolo('z', '01/05/2026', '31/05/2026'), // no episodes
      dolo('e', '01/05/2026', '31/05/2026'), // R1: fails
      dolo('a', '01/03/2026', '31/03/2026'), // before care
    ];
    expect(rule709.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({
      DoLo: [1, 2, 5, 6, 10],
    });
  });
});
