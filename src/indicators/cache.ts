import { inAuthority, systemActor, type Actor, type Db } from '../db/database.ts';
import { onRecordsChanged } from '../db/changes.ts';
import { computeFigures } from './engine.ts';
import { CATALOGUE } from './catalogue/index.ts';
import type { Figure, Indicator } from './indicator.ts';
import { loadJourneyModel, type JourneyModel } from './model.ts';
import type { Period } from './period.ts';

/**
 * The journey model per authority, kept in memory so figures are live without re-reading the record for
 * every page. Rebuilt when this process records a change, and at most `maxAgeMs` old otherwise (changes
 * made by other processes, such as an import from the command line).
 */
export class JourneyModelCache {
  private readonly entries = new Map<string, { model: Promise<JourneyModel>; loadedAt: number }>();
  private readonly unsubscribe: () => void;
  private readonly computed = new WeakMap<JourneyModel, Map<string, Figure>>();

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 5 * 60_000,
  ) {
    this.unsubscribe = onRecordsChanged((laCode) => this.entries.delete(laCode));
  }

  get(actor: Actor): Promise<JourneyModel> {
    const entry = this.entries.get(actor.laCode);
    if (entry && Date.now() - entry.loadedAt < this.maxAgeMs) return entry.model;
    // Figures count every child of the authority, whoever asks: the model is read as the service itself.
    const model = inAuthority(this.db, systemActor(actor.laCode), (trx) =>
      loadJourneyModel(trx, actor.laCode),
    );
    this.entries.set(actor.laCode, { model, loadedAt: Date.now() });
    model.catch(() => this.entries.delete(actor.laCode));
    return model;
  }

  /**
   * The figures of these indicators (by default the whole catalogue) for these periods, each computed once
   * per model and kept with it, so pages asking for overlapping months or single indicators reuse them.
   */
  async figures(
    actor: Actor,
    periods: readonly Period[],
    indicators: readonly Indicator[] = CATALOGUE,
  ): Promise<{ model: JourneyModel; figures: Figure[] }> {
    const model = await this.get(actor);
    let known = this.computed.get(model);
    if (!known) {
      known = new Map();
      this.computed.set(model, known);
    }
    const figures = indicators.flatMap((indicator) =>
      periods.map((period) => {
        const key = `${indicator.id}|${period.id}|${period.end}`;
        let figure = known.get(key);
        if (!figure) {
          figure = computeFigures(model, [period], [indicator])[0]!;
          known.set(key, figure);
        }
        return figure;
      }),
    );
    return { model, figures };
  }

  close(): void {
    this.unsubscribe();
    this.entries.clear();
  }
}
