import { CATALOGUE } from './catalogue/index.ts';
import { figureOf, type Figure, type Indicator, type Measure } from './indicator.ts';
import type { JourneyModel } from './model.ts';
import type { Period } from './period.ts';

/** Every figure of the given indicators for each period, in catalogue then period order. */
export function computeFigures(
  model: JourneyModel,
  periods: readonly Period[],
  indicators: readonly Indicator[] = CATALOGUE,
): Figure[] {
  return indicators.flatMap((indicator) =>
    periods.map((period) => figureOf(indicator, period, indicator.compute(model, period))),
  );
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
