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

/** What an indicator is, apart from its computation. */
interface IndicatorInfo {
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
}

/** A measure without its members, which a computation puts in its `Members` instead. */
export type MeasureShape =
  | { kind: 'count' }
  | { kind: 'percent' }
  | { kind: 'rate'; population: number | null }
  | { kind: 'average'; denominator: number; breakdown: BreakdownRow[] }
  | { kind: 'breakdown'; breakdown: BreakdownRow[] };

/**
 * Where an indicator's computation puts the members it finds: listed with their facts, for a drill-down, or
 * only counted, for a figure. Figures are most of what is computed (the catalogue's 13 months of a large
 * authority have about 1.7 million members), so a computation adds each member as
 * `out.add(out.listing && member(...), inNumerator)`: when only counting, no member and no facts are made.
 * Either way it is the one computation, so a figure and its drill-down cannot disagree.
 */
export class Members {
  /** Members added, and of those how many count in a percentage's numerator. */
  size = 0;
  numerator = 0;
  readonly list: (Member | PercentMember)[] = [];

  constructor(readonly listing: boolean) {}

  /** A member (false when not listing); a percentage's members each say whether they are in its numerator. */
  add(member: Member | false, inNumerator?: boolean): void {
    this.size++;
    if (inNumerator) this.numerator++;
    if (member) this.list.push(inNumerator === undefined ? member : { ...member, inNumerator });
  }
}

/** An indicator as its file defines it: what it is, and its computation. */
export interface IndicatorDefinition extends IndicatorInfo {
  measure(model: JourneyModel, period: Period, out: Members): MeasureShape;
}

export interface Indicator extends IndicatorInfo {
  /** The figure and the members behind it, with their facts: for a drill-down. */
  compute(model: JourneyModel, period: Period): Measure;
  /** The figure alone, from the same computation, counting its members without making them. */
  figure(model: JourneyModel, period: Period): Figure;
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
export function figureOf(indicator: IndicatorInfo, period: Period, measure: Measure): Figure {
  let numerator = 0;
  if (measure.kind === 'percent') for (const m of measure.members) if (m.inNumerator) numerator++;
  return figureFrom(indicator, period, measure, measure.members.length, numerator);
}

/** The figure of a measure with `size` members, `numerator` of them in a percentage's numerator. */
function figureFrom(
  indicator: IndicatorInfo,
  period: Period,
  measure: MeasureShape,
  size: number,
  numerator: number,
): Figure {
  const base = { id: indicator.id, period: period.id };
  switch (measure.kind) {
    case 'count':
      return { ...base, value: size, numerator: null, denominator: null };
    case 'percent':
      return { ...base, value: percentOf(numerator, size), numerator, denominator: size };
    case 'rate':
      return {
        ...base,
        value: per10000(size, measure.population),
        numerator: size,
        denominator: measure.population,
      };
    case 'average':
      return {
        ...base,
        value: averageOf(size, measure.denominator),
        numerator: size,
        denominator: measure.denominator,
        breakdown: measure.breakdown,
      };
    case 'breakdown':
      return { ...base, value: size, numerator: null, denominator: null, breakdown: measure.breakdown };
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

/** An indicator from its definition: its drill-down (`compute`) and its figure (`figure`) from one computation. */
export function defineIndicator(definition: IndicatorDefinition): Indicator {
  const { measure, ...info } = definition;
  return Object.freeze({
    ...info,
    compute(model: JourneyModel, period: Period): Measure {
      const out = new Members(true);
      return { ...measure(model, period, out), members: out.list } as Measure;
    },
    figure(model: JourneyModel, period: Period): Figure {
      const out = new Members(false);
      return figureFrom(info, period, measure(model, period, out), out.size, out.numerator);
    },
  });
}
