import { describe, expect, it } from 'vitest';
import { rule233 } from './233.ts';
import { testData } from './helpers-a.ts';

describe('233', () => {
  it('fails a reason for placement change on an open episode', () => {
    const rows = [
      { CHILD: 'a', DEC: '01/05/2025', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: 'a', DEC: '', REASON_PLACE_CHANGE: '' },
      { CHILD: 'a', DEC: '', REASON_PLACE_CHANGE: 'CARPL' },
    ];
    expect(rule233.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [2] });
  });
});
