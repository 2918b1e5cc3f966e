import { describe, expect, it } from 'vitest';
import { ruleSW08STG2 } from './SW08STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW08STG2', () => {
  it('flags open episodes that are not the child’s last', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '06/06/2025', SW_DEC: '' }, // a later one starts
      { CHILD: '1', SW_DECOM: '07/06/2025', SW_DEC: '08/06/2025' },
      { CHILD: '2', SW_DECOM: '08/06/2025', SW_DEC: '09/06/2025' },
      { CHILD: '2', SW_DECOM: '15/06/2025', SW_DEC: '' }, // last: fine
      { CHILD: '3', SW_DECOM: '31/06/2025', SW_DEC: '' }, // bad date
      { CHILD: '3', SW_DECOM: '01/06/2025', SW_DEC: '' }, // a bad-date row sorts last
      { CHILD: '', SW_DECOM: '01/06/2025', SW_DEC: '' },
      { CHILD: '', SW_DECOM: '02/06/2025', SW_DEC: '' },
    ];
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [0, 5] });
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows.slice(1, 4) }))).toEqual({});
  });

  it('takes a start of 1 January 1901 as blank, as the reference does', () => {
    // lac2023_24/rule_SW08STG2.py fills missing SW_DECOM with "01/01/1901" and then replaces that value with
    // NA, which also blanks a start written as 01/01/1901: it sorts last and is never flagged.
    const rows = [
      { CHILD: '2', SW_DECOM: 'ZZ', SW_DEC: '01/01/2020' },
      { CHILD: '2', SW_DECOM: '01/01/1901', SW_DEC: '' },
      { CHILD: '3', SW_DECOM: '01/01/1901', SW_DEC: '' },
      { CHILD: '3', SW_DECOM: '02/01/1901', SW_DEC: '' }, // not the last: the blanked start sorts after it
      { CHILD: '4', SW_DECOM: '01/04/2025', SW_DEC: '' }, // likewise
      { CHILD: '4', SW_DECOM: '01/01/1901', SW_DEC: '' },
    ];
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [3, 4] });
  });

  it('takes as last, of episodes starting the same day, the one pandas sorts last, which in 17 rows is not the last', () => {
    // lac2023_24/rule_SW08STG2.py: sort_values("SW_DECOM") uses numpy's quicksort, not stable past 16 rows,
    // and groupby("CHILD").last() takes the last row in that order as the child's last episode.
    const days = [1, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1, 2, 2, 1, 2, 1];
    const rows = days.map((d) => ({ CHILD: 'A', SW_DECOM: `0${d}/04/2025`, SW_DEC: '' }));
    const all = [...Array(17).keys()];
    expect(ruleSW08STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({
      SWEpisodes: all.filter((i) => i !== 13),
    });
  });
});
