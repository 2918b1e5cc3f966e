import { describe, expect, it } from 'vitest';
import { collectionYear, lastEndedYear, yearHelp } from './years.ts';

describe('collection years', () => {
  it('takes the years each return has, and names them when given another', () => {
    expect(collectionYear('ssda903', '2025')).toBe(2025);
    expect(collectionYear('ssda903', '2026')).toBe(2026);
    expect(collectionYear('cin_census', '2025')).toBe(2025);
    expect(() => collectionYear('cin_census', '2026')).toThrow(
      '--year must be 2025 (the 2025/26 collection).',
    );
    for (const value of ['2024', '2027', '2025.5', '', 'next'])
      expect(() => collectionYear('ssda903', value)).toThrow(
        '--year must be 2025 (the 2025/26 collection) or 2026 (the 2026/27 collection).',
      );
    expect(yearHelp('ssda903')).toBe('the collection year: 2025 for 2025/26, 2026 for 2026/27');
  });

  it('offers the latest collection to have ended: a collection ends on 31 March, and the first is offered before any has', () => {
    const years = [2025, 2026];
    expect(lastEndedYear('2026-03-31', years)).toBe(2025); // 2025/26 ends today: none has ended yet
    expect(lastEndedYear('2025-04-01', years)).toBe(2025);
    expect(lastEndedYear('2026-04-01', years)).toBe(2025);
    expect(lastEndedYear('2027-03-31', years)).toBe(2025);
    expect(lastEndedYear('2027-04-01', years)).toBe(2026);
    expect(lastEndedYear('2028-02-29', years)).toBe(2026);
  });
});
