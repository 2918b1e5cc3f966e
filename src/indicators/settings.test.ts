import { describe, expect, it } from 'vitest';
import { displayFigure, ragOf, targetFor, type PerformanceSettings } from './settings.ts';

const settings: PerformanceSettings = {
  targets: new Map([
    [
      'assessments_45wd_pct',
      [
        { year: 2024, target: 90, tolerance: 5 },
        { year: 2026, target: 85, tolerance: 5 },
      ],
    ],
  ]),
  benchmarks: new Map(),
  areas: [],
};

describe('targets and RAG', () => {
  it('takes the target of the financial year containing the month, or the latest before', () => {
    expect(targetFor(settings, 'assessments_45wd_pct', '2026-03-31')?.target).toBe(90);
    expect(targetFor(settings, 'assessments_45wd_pct', '2026-04-30')?.target).toBe(85);
    expect(targetFor(settings, 'assessments_45wd_pct', '2024-03-31')).toBeUndefined();
  });

  it('is green on or beyond the target, amber within the tolerance, red beyond it, by polarity', () => {
    const t = { year: 2025, target: 90, tolerance: 5 };
    expect(ragOf(90, t, 'up')).toBe('green');
    expect(ragOf(85, t, 'up')).toBe('amber');
    expect(ragOf(84.9, t, 'up')).toBe('red');
    expect(ragOf(95, t, 'down')).toBe('amber');
    expect(ragOf(96, t, 'down')).toBe('red');
    expect(ragOf(null, t, 'up')).toBeNull();
    expect(ragOf(50, t, 'none')).toBeNull();
  });

  it('rounds for display as the seed reports do', () => {
    expect(displayFigure({ value: 89.5 }, 'percent')).toBe('90%');
    expect(displayFigure({ value: 18.25 }, 'average')).toBe('18.3');
    expect(displayFigure({ value: 1234.4 }, 'number')).toBe('1,234');
    expect(displayFigure({ value: null }, 'percent')).toBe('–');
  });
});
