import { describe, expect, it } from 'vitest';
import { rule142 } from './142.ts';
import { testData } from './helpers-a.ts';

describe('142', () => {
  it('fails an earlier episode without DEC or REC, but not the latest one', () => {
    const rows = [
      { CHILD: 'a', DECOM: '01/05/2025', DEC: '02/05/2025', REC: '' }, // no REC
      { CHILD: 'a', DECOM: '02/05/2025', DEC: '', REC: '' }, // latest: open is fine
      { CHILD: 'b', DECOM: '10/05/2025', DEC: '', REC: '' }, // latest for b
      { CHILD: 'b', DECOM: '01/05/2025', DEC: '', REC: 'X1' }, // earlier, no DEC
      { CHILD: 'c', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E8' },
      { CHILD: 'd', DECOM: '31/06/2025', DEC: '', REC: '' }, // invalid DECOM sorts last
      { CHILD: 'd', DECOM: '01/05/2025', DEC: '', REC: '' }, // so this one fails
    ];
    expect(rule142.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [0, 3, 6] });
  });
});
