import { describe, expect, it } from 'vitest';
import { rule304 } from './304.ts';
import { testData } from './helpers-a.ts';

describe('304', () => {
  it('fails a DUC after the 18th birthday', () => {
    const rows = [
      { CHILD: 'a', DOB: '01/06/2007', DUC: '01/06/2025' }, // on the 18th birthday
      { CHILD: 'b', DOB: '01/06/2007', DUC: '02/06/2025' },
      { CHILD: 'c', DOB: '29/02/2008', DUC: '29/02/2026' }, // invalid DUC (2026 is not a leap year)
      { CHILD: 'd', DOB: '29/02/2008', DUC: '01/03/2026' }, // 18th birthday read as 28/02/2026
      { CHILD: 'e', DOB: '', DUC: '01/06/2025' },
    ];
    expect(rule304.validate(testData({ UASC: rows }))).toEqual({ UASC: [1, 3] });
  });
});
