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

/** The figure a measure gives: counts, percentages (null on an empty denominator), rates per 10,000. */
export function figureOf(indicator: Indicator, period: Period, measure: Measure): Figure {
  const base = { id: indicator.id, period: period.id };
  switch (measure.kind) {
    case 'count':
      return { ...base, value: measure.members.length, numerator: null, denominator: null };
    case 'percent': {
      const denominator = measure.members.length;
      const numerator = measure.members.filter((m) => m.inNumerator).length;
      return {
        ...base,
        value: denominator === 0 ? null : (numerator / denominator) * 100,
        numerator,
        denominator,
      };
    }
    case 'rate': {
      const numerator = measure.members.length;
      const value = measure.population ? (numerator / measure.population) * 10_000 : null;
      return { ...base, value, numerator, denominator: measure.population };
    }
    case 'average': {
      const numerator = measure.members.length;
      return {
        ...base,
        value: measure.denominator > 0 ? numerator / measure.denominator : null,
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

export function defineIndicator(indicator: Indicator): Indicator {
  return Object.freeze(indicator);
}
