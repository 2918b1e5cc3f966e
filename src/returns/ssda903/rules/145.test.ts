import { describe, expect, it } from 'vitest';
import { rule145 } from './145.ts';
import { testData } from './helpers-a.ts';

describe('145', () => {
  it('passes N1 to N8 and blank, fails others', () => {
    const rows = ['N1', 'N8', '', 'N0', 'n8', 'N9'].map((v) => ({ CHILD: 'a', CIN: v }));
    expect(rule145.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4, 5] });
    expect(rule145.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
