import { describe, expect, it } from 'vitest';
import { rule146 } from './146.ts';
import { testData } from './helpers-a.ts';

describe('146', () => {
  it('passes 2025/26 placement codes and blank, fails retired H5, P2 and Z1', () => {
    const rows = ['K3', 'Z14', '', 'H5', 'P2', 'Z1', 't3'].map((v) => ({ CHILD: 'a', PLACE: v }));
    expect(rule146.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4, 5, 6] });
    expect(rule146.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
