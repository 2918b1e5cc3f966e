import { describe, expect, it } from 'vitest';
import { rule709 } from './709.ts';
import { data2026, doloRow, episodeRow } from './helpers-dolo.ts';

describe('709', () => {
  it('flags a DoLO during which the child was placed other than in K2, Z12 or Z13', () => {
    const episodes = [
      episodeRow('a', '01/04/2026', '30/06/2026', 'K2'),
      episodeRow('a', '30/06/2026', '', 'U4'), // open
      episodeRow('b', '01/04/2026', '', 'Z12'),
      episodeRow('c', '01/04/2026', '31/05/2026', 'P1'),
      episodeRow('c', '01/06/2026', '', 'Z13'),
      episodeRow('d', '01/04/2026', '', ''),
      episodeRow('e', '01/04/2026', '31/13/2026', 'R1'), // a DEC that is not a date: not ended
    ];
    const rows = [
      doloRow('a', '01/05/2026', '31/05/2026'), // K2 throughout
      doloRow('a', '01/05/2026', '30/06/2026'), // ends the day the U4 placement starts: fails
      doloRow('a', '01/08/2026', '31/08/2026'), // in the open U4 placement: fails
      doloRow('b', '01/04/2026', '31/03/2027'), // Z12 throughout
      doloRow('c', '01/06/2026', '30/06/2026'), // Z13; the P1 placement ended the day before
      doloRow('c', '31/05/2026', '30/06/2026'), // starts on the last day of the P1 placement: fails
      doloRow('d', '01/05/2026', '01/06/2026'), // no placement type: fails
      doloRow('a', '01/05/2026', ''), // open DoLOs are not compared
      doloRow('a', '', '31/05/2026'),
      doloRow('z', '01/05/2026', '31/05/2026'), // no episodes
      doloRow('e', '01/05/2026', '31/05/2026'), // R1: fails
      doloRow('a', '01/03/2026', '31/03/2026'), // before care
    ];
    expect(rule709.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({
      DoLo: [1, 2, 5, 6, 10],
    });
  });

  it('compares PLACE as given, so K2 with spaces around it is not an expected placement', () => {
    const episodes = [episodeRow('a', '01/04/2026', '', ' K2'), episodeRow('b', '01/04/2026', '', 'Z12 ')];
    const rows = [doloRow('a', '01/05/2026', '31/05/2026'), doloRow('b', '01/05/2026', '31/05/2026')];
    expect(rule709.validate(data2026({ Episodes: episodes, DoLo: rows }))).toEqual({ DoLo: [0, 1] });
  });
});
