import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4010 } from './4010.ts';

describe('4010', () => {
  it('fails a missing CIN plan start or one after the reference date', () => {
    const rows = ['2026-03-31', '2026-04-01', '', '1999-01-30', '2026-02-30'].map((d) => ({
      LAchildID: 'a',
      CINPlanStartDate: d,
    }));
    expect(rule4010.validate(censusE({ CINplanDates: rows }))).toEqual({ CINplanDates: [1, 2, 4] });
  });
});
