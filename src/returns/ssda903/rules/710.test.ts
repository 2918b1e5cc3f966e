import { describe, expect, it } from 'vitest';
import { rule710 } from './710.ts';
import { data2026 } from './helpers-dolo.ts';

const dolo = (CHILD: string, DOLO_START: string, DOLO_END: string) => ({ CHILD, DOLO_START, DOLO_END });
const episode = (CHILD: string, DECOM: string, DEC: string, PLACE: string) => ({ CHILD, DECOM, DEC, PLACE });

describe('710', () => {
  it('flags a DoLO and the episode when the child was placed in K1, P1, R5 or K3 during it', () => {
    const episodes = [
      episode('a', '01/04/2026', '30/06/2026', 'K1'),
      episode('a', '30/06/2026', '', 'K2'),
      episode('b', '01/04/2026', '31/05/2026', 'P1'),
      episode('b', '01/06/2026', '', 'R5'),
      episode('c', '01/04/2026', '', 'K3'),
      episode('d', '01/04/2026', '', 'U4'),
    ];
    const rows = [
      dolo('a', '01/05/2026', '31/05/2026'), // K1
      dolo('a', '01/07/2026', '31/07/2026'), // K2 only: the K1 placement ended the day before
      dolo('b', '01/05/2026', '15/06/2026'), // P1 then R5: both episodes
      dolo('c', '01/05/2026', ''), // open DoLOs are not compared
      dolo('c', '01/05/2026', '01/06/2026'), // K3, open episode
      dolo('d', '01/05/2026', '01/06/2026'), // U4 is not forbidden (rule 709's)
      dolo('a', '01/06/2026', '30/06/2026'), // ends the day K1 ended and K2 began
      dolo('z', '01/05/2026', '01/06/2026'), // no episodes
    ];
    expect(rule710.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({
      DoLo: [0, 2, 4, 6],
      Episodes: [0, 2, 3, 4],
    });
  });
});
