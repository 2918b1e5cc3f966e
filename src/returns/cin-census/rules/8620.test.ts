import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8620 } from './8620.ts';

describe('8620', () => {
  it('fails a closure date outside the census year', () => {
    const rows = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', ''].map((d) => ({
      LAchildID: 'a',
      CINclosureDate: d,
    }));
    expect(rule8620.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [2, 3] });
  });
});
