import { describe, expect, it } from 'vitest';
import { rule148 } from './148.ts';
import { testData } from './helpers-a.ts';

describe('148', () => {
  it('fails when only one of DEC and REC is given', () => {
    const rows = [
      { CHILD: 'a', DEC: '01/05/2025', REC: 'X1' },
      { CHILD: 'a', DEC: '', REC: '' },
      { CHILD: 'a', DEC: '01/05/2025', REC: '' },
      { CHILD: 'a', DEC: '', REC: 'E8' },
    ];
    expect(rule148.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [2, 3] });
  });
});
