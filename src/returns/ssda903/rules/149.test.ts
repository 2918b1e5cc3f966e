import { describe, expect, it } from 'vitest';
import { rule149 } from './149.ts';
import { testData } from './helpers-a.ts';

describe('149', () => {
  it('passes valid codes and blank, fails others', () => {
    const rows = ['E4A', 'X1', '', 'E4b', 'X', 'E4'].map((v) => ({ CHILD: 'a', REC: v }));
    expect(rule149.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4, 5] });
    expect(rule149.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
