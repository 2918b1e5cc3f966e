import { describe, expect, it } from 'vitest';
import { pandasOrder } from '../pandas.ts';
import { ruleSW17STG2 } from './SW17STG2.ts';
import { dataC } from './helpers-c.ts';

describe('SW17STG2', () => {
  it('flags a child whose latest social worker episode has ended', () => {
    const rows = [
      { CHILD: '1', SW_DECOM: '01/01/2026', SW_DEC: '' },
      { CHILD: '2', SW_DECOM: '01/01/2025', SW_DEC: '01/01/2026' },
      { CHILD: '2', SW_DECOM: '02/01/2025', SW_DEC: '01/01/2026' }, // latest, ended
      { CHILD: '1', SW_DECOM: '01/01/2025', SW_DEC: '01/01/2026' },
    ];
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [2] });
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: [rows[0]!, rows[3]!] }))).toEqual({});
  });

  it('finds the latest episode reading SW_DECOM as the reference does, without a fixed format', () => {
    // lac2025_26/rule_SW17STG2.py: pd.to_datetime(SWE['SW_DECOM'], dayfirst=True) with no format, so an
    // ISO date and a date with a time of day are dates there (the time counting towards the latest).
    const rows = [
      { CHILD: '1', SW_DECOM: '01/04/2025', SW_DEC: '' },
      { CHILD: '1', SW_DECOM: '2025-06-01', SW_DEC: '01/07/2025' }, // latest, ended
      { CHILD: '2', SW_DECOM: '01/05/2025', SW_DEC: '02/05/2025' },
      { CHILD: '2', SW_DECOM: '01/05/2025 09:00', SW_DEC: '' }, // latest, open
    ];
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [1] });
  });

  it('takes, of episodes starting the same day, the one pandas sorts first, which in 17 rows is not the first', () => {
    // lac2025_26/rule_SW17STG2.py: sort_values(ascending=False) uses numpy's quicksort, which is not stable
    // past 16 rows, then drop_duplicates keeps the first row of each child in that order.
    const days = [1, 1, 2, 1, 2, 2, 2, 2, 1, 1, 2, 1, 2, 2, 1, 2, 2];
    const rows = days.map((d, i) => ({
      CHILD: 'A',
      SW_DECOM: `0${d}/04/2025`,
      SW_DEC: i === 2 ? '' : '30/04/2025',
    }));
    expect(ruleSW17STG2.validate(dataC({ SWEpisodes: rows }))).toEqual({ SWEpisodes: [16] });
  });
});

describe('pandasOrder', () => {
  it('sorts as pandas does: blanks last in file order, ties in file order up to 16 rows', () => {
    expect(pandasOrder([3, null, 1, 2, 1])).toEqual([2, 4, 3, 0, 1]);
    expect(pandasOrder([3, null, 1, 2, 1], false)).toEqual([0, 3, 2, 4, 1]);
    expect(pandasOrder(new Array<number>(16).fill(5))).toEqual([...Array(16).keys()]);
    // 17 equal values: numpy's quicksort partitions them (the order numpy 1.24 gives).
    const seventeen = [0, 14, 13, 12, 11, 10, 9, 15, 8, 6, 5, 4, 3, 2, 1, 7, 16];
    expect(pandasOrder(new Array<number>(17).fill(5))).toEqual(seventeen);
  });
});
