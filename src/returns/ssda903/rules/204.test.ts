import { describe, expect, it } from 'vitest';
import { rule204 } from './204.ts';
import { testData } from './helpers-a.ts';

describe('204', () => {
  it('fails an ethnicity that differs from last year, ignoring case', () => {
    const header = [
      { CHILD: 'a', ETHNIC: 'WBRI' },
      { CHILD: 'b', ETHNIC: 'nobt' },
      { CHILD: 'c', ETHNIC: 'MWBC' },
      { CHILD: 'd', ETHNIC: '' },
    ];
    const last = [
      { CHILD: 'a', ETHNIC: 'WBRI' },
      { CHILD: 'b', ETHNIC: 'NOBT' },
      { CHILD: 'c', ETHNIC: 'MWBA' },
      { CHILD: 'd', ETHNIC: 'MOTH' },
    ];
    expect(rule204.validate(testData({ Header: header }, { Header: last }))).toEqual({ Header: [2, 3] });
  });
});
