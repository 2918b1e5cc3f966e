import { describe, expect, it } from 'vitest';
import { rule176 } from './176.ts';
import { testData } from './helpers-a.ts';

describe('176', () => {
  it('passes valid codes and blank, fails others', () => {
    const rows = ['M1', 'MF', '', 'm1', '1'].map((v) => ({ CHILD: 'a', SEX_ADOPTR: v }));
    expect(rule176.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4] });
    expect(rule176.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
