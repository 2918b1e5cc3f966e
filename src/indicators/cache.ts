import { inAuthority, systemActor, type Actor, type Db } from '../db/database.ts';
import { onRecordsChanged } from '../db/changes.ts';
import { computeFigures, figureCarrier } from './engine.ts';
import { CATALOGUE } from './catalogue/index.ts';
import type { Figure, Indicator } from './indicator.ts';
import { loadJourneyModel, withChildrenReread, type JourneyModel } from './model.ts';
import type { Period } from './period.ts';

interface Entry {
  /** The latest model read, and when its reading began: it reflects every change committed before then. */
  model: JourneyModel;
  readAt: number;
  /** When the whole authority was last read: `maxAgeMs` counts from here, whatever was patched since. */
  fullReadAt: number;
}

/** What has changed since the entry was read: some children, or everything (settings, or too many). */
type Pending = Set<string> | 'all';

/** Beyond this many changed children, reading the whole authority again is simpler than patching. */
const MAX_PATCH = 500;
/**
 * Authorities this large (Kent has about 230,000 children on record) take seconds to compute: their pages are
 * answered from the previous model while the new one is prepared. Smaller ones always wait for the new one.
 */
const LARGE_AUTHORITY = 50_000;

interface Computed {
  indicator: Indicator;
  period: Period;
  figure: Figure;
}

const keyOf = (indicator: Indicator, period: Period) => `${indicator.id}|${period.id}|${period.end}`;

/**
 * The journey model per authority, kept in memory so figures are live without re-reading the record for
 * every page.
 *
 * A recorded change names its child, and only that child is read again (`withChildrenReread`); changes
 * without a child (settings) read everything again, as does age (`maxAgeMs`, for changes made by other
 * processes such as an import from the command line). A new model is given the figures its predecessor was
 * asked for before it replaces it. For a large authority, a request waits up to `patienceMs` for the new
 * model and is otherwise answered from the previous one, so its dashboard stays quick while its figures catch
 * up; pages show when their model was read.
 */
export class JourneyModelCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  private readonly refreshing = new Map<string, Promise<JourneyModel>>();
  private readonly unsubscribe: () => void;
  private readonly computed = new WeakMap<JourneyModel, Map<string, Computed>>();

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly patienceMs = 500,
    private readonly largeAuthority = LARGE_AUTHORITY,
  ) {
    this.unsubscribe = onRecordsChanged((laCode, personId) => {
      const known = this.pending.get(laCode);
      if (known === 'all') return;
      if (personId === undefined || (known?.size ?? 0) >= MAX_PATCH) this.pending.set(laCode, 'all');
      else this.pending.set(laCode, (known ?? new Set()).add(personId));
    });
  }

  async get(actor: Actor): Promise<JourneyModel> {
    const entry = this.entries.get(actor.laCode);
    const current = entry && Date.now() - entry.fullReadAt < this.maxAgeMs && !this.pending.has(actor.laCode);
    if (entry && current) return entry.model;
    const fresh = this.refresh(actor);
    if (!entry || entry.model.children.length < this.largeAuthority) return fresh;
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<JourneyModel>((resolve) => {
      timer = setTimeout(() => resolve(entry.model), this.patienceMs);
    });
    try {
      return await Promise.race([fresh.catch(() => entry.model), patience]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** When the model behind these figures was read. */
  readAt(model: JourneyModel): Date | undefined {
    for (const entry of this.entries.values()) if (entry.model === model) return new Date(entry.readAt);
    return undefined;
  }

  /** Reads what changed (once at a time per authority) and computes the catalogue's figures on the new model. */
  private refresh(actor: Actor): Promise<JourneyModel> {
    const running = this.refreshing.get(actor.laCode);
    if (running) return running;
    const laCode = actor.laCode;
    const previous = this.entries.get(laCode);
    const changed = this.pending.get(laCode);
    this.pending.delete(laCode);
    const readAt = Date.now();
    const patch = previous && readAt - previous.fullReadAt < this.maxAgeMs && changed instanceof Set;
    // Figures count every child of the authority, whoever asks: the model is read as the service itself.
    const reading = inAuthority(this.db, systemActor(laCode), (trx) =>
      patch ? withChildrenReread(trx, previous.model, [...changed]) : loadJourneyModel(trx, laCode),
    )
      .then(async (model) => {
        await this.prepare(model, previous?.model, patch ? changed : undefined);
        this.entries.set(laCode, { model, readAt, fullReadAt: patch ? previous.fullReadAt : readAt });
        return model;
      })
      .catch((error: unknown) => {
        // The new model did not take the place of the old: what changed is still to be read next time.
        if (changed !== undefined) this.merge(laCode, changed);
        throw error;
      })
      .finally(() => this.refreshing.delete(laCode));
    this.refreshing.set(laCode, reading);
    return reading;
  }

  /**
   * Gives the new model the figures the previous one was asked for, one at a time with a turn of the event
   * loop between them, so other requests are answered meanwhile. After a recorded change (`changed`, the
   * children read again) they are carried over by those children's difference where the indicator allows
   * (`figureCarrier`), at the cost of those children rather than the authority; otherwise computed in full.
   */
  private async prepare(
    model: JourneyModel,
    previous: JourneyModel | undefined,
    changed: ReadonlySet<string> | undefined,
  ): Promise<void> {
    const asked = previous ? [...(this.computed.get(previous)?.values() ?? [])] : [];
    const carry = previous && changed ? figureCarrier(previous, model, changed) : undefined;
    for (const { indicator, period, figure } of asked) {
      if (carry) this.remember(model, { indicator, period, figure: carry(indicator, period, figure) });
      else this.figureOf(model, indicator, period);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private known(model: JourneyModel): Map<string, Computed> {
    let known = this.computed.get(model);
    if (!known) {
      known = new Map();
      this.computed.set(model, known);
    }
    return known;
  }

  private remember(model: JourneyModel, computed: Computed): void {
    this.known(model).set(keyOf(computed.indicator, computed.period), computed);
  }

  private figureOf(model: JourneyModel, indicator: Indicator, period: Period): Figure {
    const known = this.known(model).get(keyOf(indicator, period));
    if (known) return known.figure;
    const figure = computeFigures(model, [period], [indicator])[0]!;
    this.remember(model, { indicator, period, figure });
    return figure;
  }

  private merge(laCode: string, changed: Pending): void {
    const known = this.pending.get(laCode);
    if (changed === 'all' || known === 'all') this.pending.set(laCode, 'all');
    else this.pending.set(laCode, new Set([...changed, ...(known ?? [])]));
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
    const figures = indicators.flatMap((indicator) =>
      periods.map((period) => this.figureOf(model, indicator, period)),
    );
    return { model, figures };
  }

  close(): void {
    this.unsubscribe();
    this.entries.clear();
  }
}
