import { describe, expect, it } from 'vitest';
import { rule234 } from './234.ts';
import { testData } from './helpers-a.ts';

describe('234', () => {
  it('fails CUSTOD for an episode starting before the child’s 10th birthday', () => {
    const header = [
      { CHILD: 'a', DOB: '01/06/2015' },
      { CHILD: 'b', DOB: '29/02/2016' },
    ];
    const episodes = [
      { CHILD: 'a', DECOM: '31/05/2025', REASON_PLACE_CHANGE: 'CUSTOD' }, // 9
      { CHILD: 'a', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' }, // 10 today
      { CHILD: 'a', DECOM: '31/05/2025', REASON_PLACE_CHANGE: 'OTHER' },
      { CHILD: 'b', DECOM: '28/02/2026', REASON_PLACE_CHANGE: 'CUSTOD' }, // 10 on 28/02/2026
    ];
    expect(rule234.validate(testData({ Header: header, Episodes: episodes }))).toEqual({ Episodes: [0] });
  });
});
