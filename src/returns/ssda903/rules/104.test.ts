import { describe, expect, it } from 'vitest';
import { rule104 } from './104.ts';
import { testData } from './helpers-a.ts';

describe('104', () => {
  it('fails invalid dates and dates before the collection start', () => {
    const rows = ['01/04/2025', '31/03/2025', '', 'INVALID', '29/02/2026'].map((DUC) => ({
      CHILD: 'a',
      DUC,
    }));
    expect(rule104.validate(testData({ UASC: rows }))).toEqual({ UASC: [1, 3, 4] });
  });
});
