import { describe, expect, it } from 'vitest';
import { rule557 } from './557.ts';
import { dataC } from './helpers-c.ts';

describe('557', () => {
  it('flags adoption episodes ending without adoption where the decision has not been marked ceased', () => {
    const episodes = [
      { CHILD: 'a', PLACE: 'A3', LS: 'C2', REC: 'E4A' }, // PA incomplete
      { CHILD: 'b', PLACE: 'U1', LS: 'E1', REC: 'E8' }, // PA complete
      { CHILD: 'c', PLACE: 'A4', LS: 'E1', REC: 'E12' }, // adopted
      { CHILD: 'd', PLACE: 'A5', LS: 'C2', REC: 'E8' }, // not in PA
      { CHILD: 'e', PLACE: 'A6', LS: 'C2', REC: 'X1' }, // continuing
      { CHILD: 'f', PLACE: 'A6', LS: 'C2', REC: '' }, // open
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: '' },
      { CHILD: 'b', DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: 'RD1' },
      { CHILD: 'c', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
    ];
    expect(rule557.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [0, 3],
      PlacedAdoption: [0],
    });
  });
  it('passes when the decision ceased', () => {
    const episodes = [{ CHILD: 'a', PLACE: 'A3', LS: 'E1', REC: 'E4A' }];
    const placed = [{ CHILD: 'a', DATE_PLACED_CEASED: '31/03/2026', REASON_PLACED_CEASED: 'RD4' }];
    expect(rule557.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });
});
