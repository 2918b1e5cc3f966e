import type { Trx } from '../db/database.ts';
import { financialYearOf } from '../domain/dates.ts';
import type { Figure, Polarity } from './indicator.ts';

export type Rag = 'red' | 'amber' | 'green';

export interface Target {
  year: number;
  target: number;
  tolerance: number;
}

export interface Benchmark {
  comparator: 'statistical_neighbours' | 'region' | 'england' | 'authority';
  year: number;
  value: number;
}

export interface PriorityArea {
  id: string;
  title: string;
  indicatorIds: string[];
}

/** The authority's performance settings: targets, benchmarks and the scrutiny report's priority areas. */
export interface PerformanceSettings {
  targets: Map<string, Target[]>;
  benchmarks: Map<string, Benchmark[]>;
  areas: PriorityArea[];
}

export async function loadPerformanceSettings(trx: Trx): Promise<PerformanceSettings> {
  const [targets, benchmarks, areas] = await Promise.all([
    trx
      .selectFrom('indicator_target')
      .select(['indicator_id', 'year', 'target', 'tolerance'])
      .orderBy('year')
      .execute(),
    trx
      .selectFrom('indicator_benchmark')
      .select(['indicator_id', 'comparator', 'year', 'value'])
      .orderBy('year')
      .execute(),
    trx.selectFrom('priority_area').select(['id', 'title', 'indicator_ids']).orderBy('position').execute(),
  ]);
  const group = <T extends { indicator_id: string }, U>(rows: T[], map: (r: T) => U) => {
    const result = new Map<string, U[]>();
    for (const row of rows) result.set(row.indicator_id, [...(result.get(row.indicator_id) ?? []), map(row)]);
    return result;
  };
  return {
    targets: group(targets, (t) => ({
      year: t.year,
      target: Number(t.target),
      tolerance: Number(t.tolerance),
    })),
    benchmarks: group(benchmarks, (b) => ({
      comparator: b.comparator as Benchmark['comparator'],
      year: b.year,
      value: Number(b.value),
    })),
    areas: areas.map((a) => ({ id: a.id, title: a.title, indicatorIds: a.indicator_ids })),
  };
}

/** The target in force for a period: the latest set for its financial year or an earlier one. */
export function targetFor(
  settings: PerformanceSettings,
  indicatorId: string,
  periodEnd: string,
): Target | undefined {
  const year = financialYearOf(periodEnd);
  return (settings.targets.get(indicatorId) ?? []).filter((t) => t.year <= year).at(-1);
}

/**
 * Red, amber or green against the target: on the right side of it (or on it) is green; on the wrong side
 * by no more than the tolerance, amber; further, red. No RAG without a value, a target or a direction.
 */
export function ragOf(value: number | null, target: Target | undefined, polarity: Polarity): Rag | null {
  if (value === null || !target || polarity === 'none') return null;
  const shortfall = polarity === 'up' ? target.target - value : value - target.target;
  if (shortfall <= 0) return 'green';
  return shortfall <= target.tolerance ? 'amber' : 'red';
}

/** The latest benchmark of each comparator for a year or before. */
export function benchmarksFor(settings: PerformanceSettings, indicatorId: string, year: number) {
  const rows = (settings.benchmarks.get(indicatorId) ?? []).filter((b) => b.year <= year);
  const latest = (comparator: Benchmark['comparator']) =>
    rows.filter((b) => b.comparator === comparator).at(-1);
  return {
    statisticalNeighbours: latest('statistical_neighbours'),
    region: latest('region'),
    england: latest('england'),
    authority: rows.filter((b) => b.comparator === 'authority'),
  };
}

/** Figures are unrounded; screens round percentages and rates to whole numbers, averages to one place. */
export function displayFigure(figure: Pick<Figure, 'value'>, unit: string): string {
  if (figure.value === null) return '–';
  if (unit === 'percent') return `${Math.round(figure.value)}%`;
  if (unit === 'average') return figure.value.toFixed(1);
  return Math.round(figure.value).toLocaleString('en-GB');
}
