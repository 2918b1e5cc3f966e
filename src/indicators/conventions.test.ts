import { describe, expect, it } from 'vitest';
import { latestOnOrBefore, seenVisitDates, supervisionDates, upperBound } from './conventions.ts';
import { child } from './testing.ts';

describe('dates worked out once per child', () => {
  const visit = (date: string, kind: string, seen: boolean) => ({ date, kind, seen, seenAlone: false });
  const c = child('a', {
    visits: [
      visit('2025-03-01', 'cin', true),
      visit('2025-01-15', 'cin', true),
      visit('2025-02-01', 'cin', false),
      visit('2025-02-10', 'cp', true),
      visit('2024-02-29', 'cin', true),
    ],
    supervisions: [{ date: '2025-02-28' }, { date: '2024-12-31' }],
  });

  it('seen visits of a kind, ascending, leaving out visits where the child was not seen', () => {
    expect(seenVisitDates(c, 'cin')).toEqual(['2024-02-29', '2025-01-15', '2025-03-01']);
    expect(seenVisitDates(c, 'cp')).toEqual(['2025-02-10']);
    expect(seenVisitDates(c, 'cla')).toEqual([]);
    expect(seenVisitDates(c, 'cin')).toBe(seenVisitDates(c, 'cin'));
  });

  it('supervisions ascending', () => {
    expect(supervisionDates(c)).toEqual(['2024-12-31', '2025-02-28']);
  });

  it('the latest on or before a date: the date itself counts, none before gives null', () => {
    const dates = seenVisitDates(c, 'cin');
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
