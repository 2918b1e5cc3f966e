import { describe, expect, it } from 'vitest';
import { ruleSW12STG2 } from './SW12STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW12STG2', () => {
  it('flags a child looked after on 31 March whose social worker episodes do not cover the year', () => {
    const episodes = [
      { CHILD: '1', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // covered from 1 January 2025
      { CHILD: '2', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // no SW episode: flagged
      { CHILD: '3', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'V4' }, // short breaks
      { CHILD: '4', DECOM: '01/01/2025', DEC: '10/06/2025', REC: 'X1', RNE: 'S', LS: 'C1' },
      { CHILD: '4', DECOM: '10/06/2025', DEC: '', REC: '', RNE: 'P', LS: 'C1' }, // from 2 April: flagged
      { CHILD: '5', DECOM: '01/01/2025', DEC: '01/03/2026', REC: 'E4A', RNE: 'S', LS: 'C1' }, // left care
      { CHILD: '6', DECOM: '01/09/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // SW from before care: fine
      { CHILD: '7', DECOM: '01/09/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // SW from the day care began
      { CHILD: '8', DECOM: '01/09/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // SW a day after: flagged
      { CHILD: '9', DECOM: '01/04/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // only a bad SW date: flagged
    ];
    const sw = [
      { CHILD: '1', SW_DECOM: '01/01/2025' },
      { CHILD: '4', SW_DECOM: '10/06/2025' },
      { CHILD: '4', SW_DECOM: '02/04/2025' },
      { CHILD: '6', SW_DECOM: '01/05/2025' },
      { CHILD: '6', SW_DECOM: '01/10/2025' },
      { CHILD: '7', SW_DECOM: '01/09/2025' },
      { CHILD: '8', SW_DECOM: '02/09/2025' },
      { CHILD: '9', SW_DECOM: '31/04/2025' },
    ];
    expect(ruleSW12STG2.validate(dataC({ Episodes: episodes, SWEpisodes: sw }))).toEqual({
      Episodes: [1, 4, 8, 9],
    });
    const fine = [0, 2, 5, 6, 7].map((i) => episodes[i]!);
    expect(ruleSW12STG2.validate(dataC({ Episodes: fine, SWEpisodes: sw }))).toEqual({});
  });

  it('counts an episode whose DEC is not a date (spaces around it, or only spaces) as open', () => {
    const episodes = [
      { CHILD: '1', DECOM: '01/01/2025', DEC: ' 01/03/2026', REC: 'E4A', RNE: 'S', LS: 'C1' }, // flagged
      { CHILD: '2', DECOM: '01/01/2025', DEC: '  ', REC: '', RNE: 'S', LS: 'C1' }, // flagged
      { CHILD: '3', DECOM: '01/01/2025', DEC: '01/03/2026', REC: 'E4A', RNE: 'S', LS: 'C1' }, // left care
    ];
    expect(ruleSW12STG2.validate(dataC({ Episodes: episodes, SWEpisodes: [] }))).toEqual({
      Episodes: [0, 1],
    });
  });
});
