import { describe, expect, it } from 'vitest';
import { rule558 } from './558.ts';
import { dataC } from './helpers-c.ts';

describe('558', () => {
  it('flags adoption episodes of children with two ceased decisions in the same calendar year', () => {
    const episodes = [
      { CHILD: 'a', REC: 'E11' },
      { CHILD: 'b', REC: 'E12' },
      { CHILD: 'c', REC: 'E11' },
      { CHILD: 'd', REC: 'E4A' },
    ];
    const placed = [
      { CHILD: 'a', DATE_PLACED_CEASED: '01/01/2025' },
      { CHILD: 'a', DATE_PLACED_CEASED: '31/12/2025' }, // same year as above
      { CHILD: 'b', DATE_PLACED_CEASED: '01/01/2025' },
      { CHILD: 'b', DATE_PLACED_CEASED: '' }, // a blank leaves the child alone
      { CHILD: 'b', DATE_PLACED_CEASED: '02/01/2025' },
      { CHILD: 'c', DATE_PLACED_CEASED: '31/12/2024' },
      { CHILD: 'c', DATE_PLACED_CEASED: '01/01/2025' },
      { CHILD: 'd', DATE_PLACED_CEASED: '01/01/2025' },
      { CHILD: 'd', DATE_PLACED_CEASED: '01/02/2025' },
    ];
    expect(rule558.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({
      Episodes: [0],
    });
  });
  it('passes an adopted child whose decision was not ceased', () => {
    const episodes = [{ CHILD: 'a', REC: 'E11' }];
    const placed = [{ CHILD: 'a', DATE_PLACED_CEASED: '' }];
    expect(rule558.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });
  it('leaves alone a child with no CHILD id, as the reference groups by CHILD and year', () => {
    // rule_558.py: groupby(['CHILD', 'YEAR']) drops rows whose CHILD is blank (NaN), so their count is NaN.
    const episodes = [{ CHILD: '', REC: 'E11' }];
    const placed = [
      { CHILD: '', DATE_PLACED_CEASED: '01/01/2025' },
      { CHILD: '', DATE_PLACED_CEASED: '02/02/2025' },
    ];
    expect(rule558.validate(dataC({ Episodes: episodes, PlacedAdoption: placed }))).toEqual({});
  });
});
