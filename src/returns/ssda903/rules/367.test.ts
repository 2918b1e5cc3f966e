import { describe, expect, it } from 'vitest';
import { rule367 } from './367.ts';
import { dataB } from './helpers-b.ts';

describe('367', () => {
  it('fails a child with more than 75 days of V3 respite in the year', () => {
    const Episodes = [
      { CHILD: 'a', DECOM: '01/01/2025', DEC: '14/06/2025', LS: 'V3' },
      { CHILD: 'b', DECOM: '01/01/2025', DEC: '16/06/2025', LS: 'V3' },
      { CHILD: 'c', DECOM: '01/05/2025', DEC: '01/06/2025', LS: 'V3' },
      { CHILD: 'c', DECOM: '01/06/2025', DEC: '01/07/2025', LS: 'C2' },
      { CHILD: 'c', DECOM: '01/07/2025', DEC: '15/08/2025', LS: 'V3' },
      { CHILD: 'd', DECOM: '01/01/2026', DEC: '', LS: 'V3' },
      { CHILD: 'e', DECOM: '15/01/2026', DEC: '', LS: 'V3' },
    ];
    expect(rule367.validate(dataB({ Episodes }))).toEqual({ Episodes: [1, 2, 4, 5] });
    expect(rule367.validate(dataB({ Episodes: [Episodes[0]!, Episodes[3]!, Episodes[6]!] }))).toEqual({});
  });
});

describe('367, episodes without a child id', () => {
  it('leaves out episodes whose CHILD is blank', () => {
    // Reference lac2022_23/rule_367.py totals with groupby('CHILD').transform, which gives a blank (NaN)
    // CHILD no total.
    const Episodes = [{ CHILD: '', LS: 'V3', DECOM: '01/04/2025', DEC: '01/10/2025' }];
    expect(rule367.validate(dataB({ Episodes }))).toEqual({});
  });
});
