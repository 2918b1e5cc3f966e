import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8715 } from './8715.ts';

describe('8715', () => {
  it('fails a Section 47 conference date outside the census year', () => {
    const rows = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', ''].map((d) => ({
      LAchildID: 'a',
      DateOfInitialCPC: d,
    }));
    expect(rule8715.validate(censusE({ Section47: rows }))).toEqual({ Section47: [2, 3] });
  });
});
