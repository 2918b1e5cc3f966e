import { describe, expect, it } from 'vitest';
import { rule217 } from './217.ts';
import { testData } from './helpers-a.ts';

describe('217', () => {
  it('fails A3/A5 placements from 1 April 2015 without RNE S, T or U', () => {
    const rows = [
      { PLACE: 'A3', DECOM: '01/04/2015', RNE: 'S' },
      { PLACE: 'A5', DECOM: '01/04/2015', RNE: 'P' },
      { PLACE: 'A3', DECOM: '31/03/2015', RNE: 'P' },
      { PLACE: 'U1', DECOM: '01/05/2025', RNE: 'P' },
      { PLACE: 'A5', DECOM: '01/05/2025', RNE: '' },
    ].map((r) => ({ CHILD: 'a', ...r }));
    expect(rule217.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [1, 4] });
  });
});
