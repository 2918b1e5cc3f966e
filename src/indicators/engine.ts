import { CATALOGUE } from './catalogue/index.ts';
import { figureAfterChange, figureOf, type Figure, type Indicator, type Measure } from './indicator.ts';
import { withOnlyChildren, type JourneyModel } from './model.ts';
import type { Period } from './period.ts';

/** Every figure of the given indicators for each period, in catalogue then period order. */
export function computeFigures(
  model: JourneyModel,
  periods: readonly Period[],
  indicators: readonly Indicator[] = CATALOGUE,
): Figure[] {
  return indicators.flatMap((indicator) => periods.map((period) => indicator.figure(model, period)));
}

/** The figure and the children behind it, from one computation. */
export function drillDown(
  model: JourneyModel,
  indicator: Indicator,
  period: Period,
): { figure: Figure; measure: Measure } {
  const measure = indicator.compute(model, period);
  return { figure: figureOf(indicator, period, measure), measure };
}

/** Same entries, each the same once written out (the order of a map's reading does not matter). */
function sameEntries<T>(a: ReadonlyMap<unknown, T>, b: ReadonlyMap<unknown, T>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (!b.has(key) || JSON.stringify(value) !== JSON.stringify(b.get(key))) return false;
  }
  return true;
}

/** Whether two models differ at most in their children: the same teams, workers, population and policy. */
function sameSurroundings(a: JourneyModel, b: JourneyModel): boolean {
  return (
    a.laCode === b.laCode &&
    sameEntries(a.teams, b.teams) &&
    sameEntries(a.workers, b.workers) &&
    sameEntries(a.population, b.population) &&
    sameEntries(new Map(Object.entries(a.policy)), new Map(Object.entries(b.policy)))
  );
}

/**
 * Carries the figures of `previous` over to `model`, which differs from it only in the `changed` children
 * (read again, added or gone). An additive indicator's figure moves by what those children counted on the
 * previous model and count on the new one, each computed on a model holding only them (`figureAfterChange`);
 * any other figure, and every figure when the organisation, population or policy changed too, is computed
 * again in full on the new model. Drill-downs are always computed in full (`drillDown`).
 */
export function figureCarrier(
  previous: JourneyModel,
  model: JourneyModel,
  changed: ReadonlySet<string>,
): (indicator: Indicator, period: Period, figure: Figure) => Figure {
  const incremental = sameSurroundings(previous, model);
  const before = withOnlyChildren(previous, changed);
  const after = withOnlyChildren(model, changed);
  return (indicator, period, figure) => {
    const carried =
      incremental && indicator.additive !== false
        ? figureAfterChange(
            indicator,
            period,
            figure,
            indicator.compute(before, period),
            indicator.compute(after, period),
          )
        : undefined;
    return carried ?? indicator.figure(model, period);
  };
}
