import { describe, expect, it } from 'vitest';
import { rule710 } from './710.ts';
import { data2026, doloRow, episodeRow } from './helpers-dolo.ts';

describe('710', () => {
  it('flags a DoLO and the episode when the child was placed in K1, P1, R5 or K3 during it', () => {
    const episodes = [
      episodeRow('a', '01/04/2026', '30/06/2026', 'K1'),
      episodeRow('a', '30/06/2026', '', 'K2'),
      episodeRow('b', '01/04/2026', '31/05/2026', 'P1'),
      episodeRow('b', '01/06/2026', '', 'R5'),
      episodeRow('c', '01/04/2026', '', 'K3'),
      episodeRow('d', '01/04/2026', '', 'U4'),
    ];
    const rows = [
      doloRow('a', '01/05/2026', '31/05/2026'), // K1
      doloRow('a', '01/07/2026', '31/07/2026'), // K2 only: the K1 placement ended the day before
      doloRow('b', '01/05/2026', '15/06/2026'), // P1 then R5: both episodes
      doloRow('c', '01/05/2026', ''), // open DoLOs are not compared
      doloRow('c', '01/05/2026', '01/06/2026'), // K3, open episode
      doloRow('d', '01/05/2026', '01/06/2026'), // U4 is not forbidden (rule 709's)
      doloRow('a', '01/06/2026', '30/06/2026'), // ends the day K1 ended and K2 began
      doloRow('z', '01/05/2026', '01/06/2026'), // no episodes
    ];
    expect(rule710.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({
      DoLo: [0, 2, 4, 6],
      Episodes: [0, 2, 3, 4],
    });
  });

  it('compares PLACE as given, so K1 with spaces around it is not one of the forbidden placements', () => {
    const episodes = [episodeRow('a', '01/04/2026', '', ' K1'), episodeRow('b', '01/04/2026', '', 'P1 ')];
    const rows = [doloRow('a', '01/05/2026', '31/05/2026'), doloRow('b', '01/05/2026', '31/05/2026')];
    expect(rule710.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({});
  });
});
