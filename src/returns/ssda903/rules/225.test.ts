import { describe, expect, it } from 'vitest';
import { rule225 } from './225.ts';
import { testData } from './helpers-a.ts';

describe('225', () => {
  it('fails a missing reason when an X1 episode is followed by a placement change', () => {
    const rows = [
      { CHILD: 'a', DECOM: '01/06/2025', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: '' }, // fails
      { CHILD: 'a', DECOM: '05/06/2025', RNE: 'P', REC: '', PLACE: 'U4', REASON_PLACE_CHANGE: '' },
      { CHILD: 'b', DECOM: '06/06/2025', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: 'b', DECOM: '07/06/2025', RNE: 'P', REC: '', PLACE: 'U1', REASON_PLACE_CHANGE: '' },
      { CHILD: 'c', DECOM: '09/06/2025', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: '' },
      { CHILD: 'c', DECOM: '15/06/2025', RNE: 'P', REC: '', PLACE: 'T3', REASON_PLACE_CHANGE: '' }, // temporary
      { CHILD: 'd', DECOM: '09/06/2025', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: '' },
      { CHILD: 'd', DECOM: '15/06/2025', RNE: 'L', REC: '', PLACE: 'U1', REASON_PLACE_CHANGE: '' }, // legal only
    ];
    expect(rule225.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [0] });
  });
});

describe('225, episodes without a child id', () => {
  it('does not pair episodes whose CHILD is blank', () => {
    // Reference lac2022_23/rule_225.py keeps pairs with CHILD == CHILD_NEXT, false when both are blank (NaN).
    const ep = (DECOM: string, RNE: string, REC: string) => ({
      CHILD: '',
      DECOM,
      RNE,
      REC,
      PLACE: 'U1',
      REASON_PLACE_CHANGE: '',
    });
    const Episodes = [ep('01/06/2025', 'S', 'X1'), ep('05/06/2025', 'P', '')];
    expect(rule225.validate(testData({ Episodes }))).toEqual({});
  });
});
