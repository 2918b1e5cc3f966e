import { describe, expect, it } from 'vitest';
import { rule144 } from './144.ts';
import { testData } from './helpers-a.ts';

describe('144', () => {
  it('passes legal status codes and blank, fails others', () => {
    const rows = ['C1', 'J3', '', 'c1', 'section 20'].map((v) => ({ CHILD: 'a', LS: v }));
    expect(rule144.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4] });
    expect(rule144.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
