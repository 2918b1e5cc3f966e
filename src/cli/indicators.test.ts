import { describe, expect, it } from 'vitest';
import type { Figure } from '../indicators/indicator.ts';
import { catalogueShape, figuresCsv } from './indicators.ts';

const figure = (id: string, numerator: number | null, denominator: number | null): Figure => ({
  id,
  period: '2026-03',
  value: numerator === null || denominator === null ? 7 : numerator / denominator,
  numerator,
  denominator,
});

describe('the catalogue output shape', () => {
  it('keeps numerator and denominator for percentages and rates only', () => {
    const caseloads: Figure = {
      ...figure('caseload_average', 42, 2.5),
      breakdown: [{ key: 'team:t1', label: 'Team 1', value: 16.8, numerator: 42, denominator: 2.5 }],
    };
    expect(
      catalogueShape([
        figure('assessments_45wd_pct', 9, 10),
        figure('cp_rate', 38, 10_000),
        caseloads,
        figure('contacts', null, null),
      ]),
    ).toEqual([
      figure('assessments_45wd_pct', 9, 10),
      figure('cp_rate', 38, 10_000),
      // An average: 42 children over 2.5 FTE, its value kept, its parts in its breakdown rows only.
      { ...caseloads, numerator: null, denominator: null },
      figure('contacts', null, null),
    ]);
  });

  it('writes CSV with a row per breakdown row', () => {
    const [caseloads] = catalogueShape([
      {
        ...figure('caseload_average', 42, 2.5),
        breakdown: [{ key: 'team:t1', label: 'Team 1', value: 16.8, numerator: 42, denominator: 2.5 }],
      },
    ]);
    expect(figuresCsv([caseloads!])).toBe(
      'id,period,breakdown,value,numerator,denominator\ncaseload_average,2026-03,,16.8,,\ncaseload_average,2026-03,team:t1,16.8,42,2.5\n',
    );
  });
});
