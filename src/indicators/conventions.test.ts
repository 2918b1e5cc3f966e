import { describe, expect, it } from 'vitest';
import { LEAD_AGENCY } from '../domain/local-codes.ts';
import { codeLabel, latestOnOrBefore, upperBound } from './conventions.ts';

describe('latest dates', () => {
  const dates = ['2024-02-29', '2025-01-15', '2025-03-01'];

  it('the latest on or before a date: the date itself counts, none before gives null', () => {
    expect(latestOnOrBefore(dates, '2025-01-15')).toBe('2025-01-15');
    expect(latestOnOrBefore(dates, '2025-01-14')).toBe('2024-02-29');
    expect(latestOnOrBefore(dates, '2024-02-28')).toBeNull();
    expect(latestOnOrBefore(dates, '2099-12-31')).toBe('2025-03-01');
    expect(latestOnOrBefore([], '2025-01-01')).toBeNull();
  });

  it('upper bound: the first position after the value, past equal values', () => {
    expect(upperBound(Int32Array.from([1, 3, 3, 5]), 3)).toBe(3);
    expect(upperBound([1, 3, 3, 5], 0)).toBe(0);
    expect(upperBound([1, 3, 3, 5], 5)).toBe(4);
    expect(upperBound<number>([], 5)).toBe(0);
  });
});

describe('code labels', () => {
  it('a code’s description, the code itself when the list has none, and null for no code', () => {
    expect(codeLabel(LEAD_AGENCY, 'school')).toBe('School');
    expect(codeLabel(LEAD_AGENCY, 'police')).toBe('police');
    expect(codeLabel(LEAD_AGENCY, null)).toBeNull();
  });
});
