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
