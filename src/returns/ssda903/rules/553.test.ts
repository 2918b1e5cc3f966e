import { describe, expect, it } from 'vitest';
import { rule553 } from './553.ts';
import { dataC } from './helpers-c.ts';

describe('553', () => {
  it('flags E1 episodes of children missing from PlacedAdoption, and ceased decisions while E1 is open', () => {
    const episodes = [
      { CHILD: 'a', LS: 'E1', DEC: '01/06/2025' },
      { CHILD: 'b', LS: 'C2', DEC: '' },
      { CHILD: 'c', LS: 'E1', DEC: '' }, // not in PlacedAdoption
      { CHILD: 'd', LS: 'E1', DEC: '' },
    ];
    const placed = [
      {
        CHILD: 'a',
        DATE_PLACED: '01/01/2025',
        DATE_PLACED_CEASED: '01/06/2025',
        REASON_PLACED_CEASED: 'RD1',
      },
      { CHILD: 'd', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
      { CHILD: 'd', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
    ];
    expect(rule553.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [2],
      PlacedAdoption: [2],
    });
  });
  it('passes an open E1 episode with an open decision', () => {
    const episodes = [{ CHILD: 'a', LS: 'E1', DEC: '' }];
    const placed = [
      { CHILD: 'a', DATE_PLACED: '01/01/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
    ];
    expect(rule553.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });
});
