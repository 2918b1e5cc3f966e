import type { JourneyModel } from './model.ts';
import type { Period } from './period.ts';

export type Unit = 'number' | 'percent' | 'rate' | 'average';
export type Polarity = 'up' | 'down' | 'none';

/** A fact that decided whether a child counts: shown as a column of the drill-down. */
export type Fact = string | number | boolean | null;

/** One child (or one of their records) behind a figure, with the facts that decided it. */
export interface Member {
  personId: string;
  laChildId: string;
  /** The record counted, when the figure counts records rather than children. */
  recordId?: string;
  facts: Record<string, Fact>;
}

/** A percentage's denominator members, each marked whether it also counts in the numerator. */
export interface PercentMember extends Member {
  inNumerator: boolean;
}

/**
 * What an indicator's computation returns. The figure is always derived from these lists by `figureOf`,
 * so the number on a screen and the children in its drill-down come from the same computation.
 */
export type Measure =
  | { kind: 'count'; members: Member[] }
  | { kind: 'percent'; members: PercentMember[] }
  | { kind: 'rate'; members: Member[]; population: number | null }
  | { kind: 'average'; members: Member[]; denominator: number; breakdown: BreakdownRow[] }
  | { kind: 'breakdown'; members: Member[]; breakdown: BreakdownRow[] };

export interface BreakdownRow {
  key: string;
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface Indicator {
  id: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  /** The catalogue section it belongs to. */
  section: string;
  /** The catalogue's definition, word for word. */
  definition: string;
  /** What the drill-down lists: children (the default, shown only to those who may see them) or workers. */
  members?: 'children' | 'workers';
  /** Drill-down columns: fact key and heading, in order. */
  facts: readonly (readonly [string, string])[];
  /**
   * False when the figure is not a sum over children, each counting by their own journey alone (with the
   * teams, workers, population and policy a child's change leaves alone): for example a count of workers by
   * their caseloads. A recorded change computes such a figure again in full; any other moves by the changed
   * children's difference (`figureAfterChange`).
   */
  additive?: false;
  compute(model: JourneyModel, period: Period): Measure;
}

/** The catalogue's JSON shape, plus breakdown rows where the indicator has them. */
export interface Figure {
  id: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  breakdown?: BreakdownRow[];
}

/** A percentage, null on an empty denominator. */
const percentOf = (numerator: number, denominator: number) =>
  denominator === 0 ? null : (numerator / denominator) * 100;
/** A rate per 10,000 of the population, null without one. */
const per10000 = (numerator: number, population: number | null) =>
  population ? (numerator / population) * 10_000 : null;
/** An average, null on a denominator of nothing. */
const averageOf = (numerator: number, denominator: number) =>
  denominator > 0 ? numerator / denominator : null;

/** The figure a measure gives: counts, percentages (null on an empty denominator), rates per 10,000. */
export function figureOf(indicator: Indicator, period: Period, measure: Measure): Figure {
  const base = { id: indicator.id, period: period.id };
  switch (measure.kind) {
    case 'count':
      return { ...base, value: measure.members.length, numerator: null, denominator: null };
    case 'percent': {
      const denominator = measure.members.length;
      const numerator = measure.members.filter((m) => m.inNumerator).length;
      return { ...base, value: percentOf(numerator, denominator), numerator, denominator };
    }
    case 'rate': {
      const numerator = measure.members.length;
      return {
        ...base,
        value: per10000(numerator, measure.population),
        numerator,
        denominator: measure.population,
      };
    }
    case 'average': {
      const numerator = measure.members.length;
      return {
        ...base,
        value: averageOf(numerator, measure.denominator),
        numerator,
        denominator: measure.denominator,
        breakdown: measure.breakdown,
      };
    }
    case 'breakdown':
      return {
        ...base,
        value: measure.members.length,
        numerator: null,
        denominator: null,
        breakdown: measure.breakdown,
      };
  }
}

/** previous - before + after, when all three are numbers. */
function moved(previous: number | null, before: number | null, after: number | null): number | undefined {
  return previous === null || before === null || after === null ? undefined : previous - before + after;
}

/**
 * Breakdown rows moved by the difference, when the three line up row by row (same keys, in order). A row
 * without a numerator counts children (its value moves); any other is numerator over denominator, both moved,
 * as a percentage or an average as the indicator's unit says.
 */
function rowsAfterChange(
  indicator: Indicator,
  previous: readonly BreakdownRow[] | undefined,
  before: readonly BreakdownRow[] | undefined,
  after: readonly BreakdownRow[] | undefined,
): BreakdownRow[] | undefined {
  if (!previous || !before || !after) return undefined;
  if (previous.length !== after.length || before.length !== after.length) return undefined;
  const rows: BreakdownRow[] = [];
  for (const [i, row] of after.entries()) {
    const was = previous[i]!;
    const less = before[i]!;
    if (was.key !== row.key || less.key !== row.key) return undefined;
    if (row.numerator === null && was.numerator === null && less.numerator === null) {
      const value = moved(was.value, less.value, row.value);
      if (value === undefined || row.denominator !== null || was.denominator !== null) return undefined;
      rows.push({ ...row, value });
      continue;
    }
    const numerator = moved(was.numerator, less.numerator, row.numerator);
    const denominator = moved(was.denominator, less.denominator, row.denominator);
    if (numerator === undefined || denominator === undefined) return undefined;
    // Only a percentage's or an average's rows are known to be a share or a mean; any other is computed in full.
    if (indicator.unit !== 'percent' && indicator.unit !== 'average') return undefined;
    const value =
      indicator.unit === 'percent' ? percentOf(numerator, denominator) : averageOf(numerator, denominator);
    rows.push({ ...row, value, numerator, denominator });
  }
  return rows;
}

/**
 * An additive indicator's figure after some children changed (read again, added or gone): `previous`, less
 * what they counted before (`before`: the measure on the previous model holding only them), plus what they count
 * now (`after`: on the new model holding only them). Tallies move, never rounded values: counts by their
 * members, percentages by numerator and denominator, rates by numerator (over the new population), averages and
 * breakdowns by their numerators and denominators. Undefined when the figure cannot be moved so (the indicator
 * is not additive, or the measures do not line up): it is then computed again in full.
 */
export function figureAfterChange(
  indicator: Indicator,
  period: Period,
  previous: Figure,
  before: Measure,
  after: Measure,
): Figure | undefined {
  if (indicator.additive === false || before.kind !== after.kind) return undefined;
  const less = figureOf(indicator, period, before);
  const more = figureOf(indicator, period, after);
  const base = { id: indicator.id, period: period.id };
  const numerator = moved(previous.numerator, less.numerator, more.numerator);
  switch (after.kind) {
    case 'count': {
      const value = moved(previous.value, less.value, more.value);
      return value === undefined ? undefined : { ...base, value, numerator: null, denominator: null };
    }
    case 'percent': {
      const denominator = moved(previous.denominator, less.denominator, more.denominator);
      if (numerator === undefined || denominator === undefined) return undefined;
      return { ...base, value: percentOf(numerator, denominator), numerator, denominator };
    }
    case 'rate':
      if (numerator === undefined) return undefined;
      return {
        ...base,
        value: per10000(numerator, after.population),
        numerator,
        denominator: after.population,
      };
    case 'average': {
      const denominator = moved(previous.denominator, less.denominator, more.denominator);
      const breakdown = rowsAfterChange(indicator, previous.breakdown, less.breakdown, more.breakdown);
      if (numerator === undefined || denominator === undefined || !breakdown) return undefined;
      return { ...base, value: averageOf(numerator, denominator), numerator, denominator, breakdown };
    }
    case 'breakdown': {
      const value = moved(previous.value, less.value, more.value);
      const breakdown = rowsAfterChange(indicator, previous.breakdown, less.breakdown, more.breakdown);
      if (value === undefined || !breakdown) return undefined;
      return { ...base, value, numerator: null, denominator: null, breakdown };
    }
  }
}

export function defineIndicator(indicator: Indicator): Indicator {
  return Object.freeze(indicator);
}
