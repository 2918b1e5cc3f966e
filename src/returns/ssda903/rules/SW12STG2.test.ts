import { describe, expect, it } from 'vitest';
import { ruleSW12STG2 } from './SW12STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW12STG2', () => {
  it('flags care starts and ends without a matching social worker episode', () => {
    const episodes = [
      { CHILD: '1', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // has SW episode
      { CHILD: '2', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // none
      { CHILD: '3', DECOM: '01/01/2025', DEC: '', REC: '', RNE: 'S', LS: 'V4' }, // short breaks
      { CHILD: '4', DECOM: '01/01/2025', DEC: '10/04/2025', REC: 'X1', RNE: 'P', LS: 'C1' }, // neither start nor end
      { CHILD: '5', DECOM: '01/01/2025', DEC: '31/03/2024', REC: 'E4A', RNE: 'P', LS: 'C1' }, // ended before the period
      { CHILD: '6', DECOM: '01/05/2025', DEC: '', REC: '', RNE: 'S', LS: 'C1' }, // SW episode before care began
    ];
    const sw = [
      { CHILD: '1', SW_DECOM: '01/01/2025' },
      { CHILD: '6', SW_DECOM: '01/02/2025' },
    ];
    expect(ruleSW12STG2.validate(dataC({ Episodes: episodes, SWEpisodes: sw }))).toEqual({
      Episodes: [1, 5],
    });
    expect(
      ruleSW12STG2.validate(
        dataC({ Episodes: [episodes[0]!, episodes[2]!, episodes[3]!, episodes[4]!], SWEpisodes: sw }),
      ),
    ).toEqual({});
  });
});
